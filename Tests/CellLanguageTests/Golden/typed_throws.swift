// Typed throws: `throws(E)` functions and methods, `throw .someCase`, `do throws(E)` whose `error` is an `E`
// (a `switch` over it needs no `default`), `throws(Never)`, `throws(any Error)`.
enum StatisticsError: Error {
    case noRatings
    case invalidRating(Int)
}

func summarize(_ ratings: [Int]) throws(StatisticsError) -> Int {
    guard !ratings.isEmpty else { throw .noRatings }
    var total = 0
    for rating in ratings {
        guard rating > 0 && rating <= 3 else { throw .invalidRating(rating) }
        total += rating
    }
    return total
}

func report(_ ratings: [Int]) {
    do throws(StatisticsError) {
        let total = try summarize(ratings)
        print("total", total)
    } catch {
        switch error {
        case .noRatings:
            print("No ratings available")
        case .invalidRating(let rating):
            print("Invalid rating: \(rating)")
        }
    }
}
report([1, 2, 3])
report([])
report([1, 7])

func untyped() throws {
    print(try summarize([3, 3]))
    _ = try summarize([0])
}
do {
    try untyped()
} catch let error as StatisticsError {
    print("caught as StatisticsError:", error)
} catch {
    print("other", error)
}

func anyError() throws(any Error) -> String {
    _ = try summarize([])
    return "unreachable"
}
do {
    print(try anyError())
} catch {
    print("any Error:", error)
}

func never() throws(Never) -> Int { 42 }
print(never())

struct Validator {
    var limit: Int
    func check(_ value: Int) throws(StatisticsError) -> Int {
        if value > limit { throw StatisticsError.invalidRating(value) }
        return value * 2
    }
}
let validator = Validator(limit: 5)
do throws(StatisticsError) {
    print(try validator.check(2))
    print(try validator.check(9))
} catch {
    if case .invalidRating(let value) = error { print("too big:", value) }
}
let missing = try? validator.check(10)
print(missing == nil)
print((try? validator.check(1)) ?? -1)

func rethrowing(_ ratings: [Int]) throws(StatisticsError) -> Int {
    let first = try summarize(ratings)
    do {
        return try summarize([first])
    } catch {
        throw .noRatings
    }
}
do throws(StatisticsError) {
    print(try rethrowing([1]))
    print(try rethrowing([2, 2]))
} catch {
    print("rethrown:", error)
}
