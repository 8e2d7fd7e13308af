// ErrorHandling.md lines 754, 769, 804 and 832 (listings without a book test: typed throws), each called.
enum StatisticsError: Error {
    case noRatings
    case invalidRating(Int)
}
print("@@listing-end 1@@")
func summarize(_ ratings: [Int]) throws(StatisticsError) {
    guard !ratings.isEmpty else { throw .noRatings }

    var counts = [1: 0, 2: 0, 3: 0]
    for rating in ratings {
        guard rating > 0 && rating <= 3 else { throw .invalidRating(rating) }
        counts[rating]! += 1
    }

    print("*", counts[1]!, "-- **", counts[2]!, "-- ***", counts[3]!)
}
print("@@listing-end 2@@")
func someThrowingFunction() throws {
    let ratings = [1, 2, 3, 2, 2, 1]
    try summarize(ratings)
}
try someThrowingFunction()
print("@@listing-end 3@@")
func nonThrowingFunction() throws(Never) {
  // ...
}
nonThrowingFunction()
print("@@listing-end 4@@")
