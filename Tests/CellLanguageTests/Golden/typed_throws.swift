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

// A protocol requirement, an initializer and a nested function declared `throws(E)`; a `catch .someCase` of a
// `do throws(E)`; an `E` caught and thrown again.
protocol RatingChecker { func check(_ n: Int) throws(StatisticsError) -> Int }
struct PositiveChecker: RatingChecker {
    func check(_ n: Int) throws(StatisticsError) -> Int {
        if n < 0 { throw .invalidRating(n) }
        return n
    }
}
let checker: any RatingChecker = PositiveChecker()
for value in [3, -1] {
    do throws(StatisticsError) {
        print(try checker.check(value))
    } catch .invalidRating(let rating) {
        print("invalid", rating)
    } catch {
        print("other", error)
    }
}
struct Rating {
    var stars: Int
    init(_ stars: Int) throws(StatisticsError) {
        if stars > 3 { throw .invalidRating(stars) }
        self.stars = stars
    }
}
do throws(StatisticsError) {
    print(try Rating(2).stars)
    _ = try Rating(12)
} catch {
    print(error)
}
func outer() throws(StatisticsError) -> Int {
    func inner() throws(StatisticsError) -> Int { throw .noRatings }
    return try inner()
}
do { _ = try outer() } catch { print("outer", error) }
func passAlong() throws(StatisticsError) {
    do throws(StatisticsError) { throw .noRatings } catch { throw error }
}
do { try passAlong() } catch { print("passed along", error) }
