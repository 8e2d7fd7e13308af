// Throwing function types as parameter, variable and return types; calls of such values need `try`.
enum Problem: Error { case tooBig(Int), negative }

func check(_ x: Int) throws -> Int {
    if x < 0 { throw Problem.negative }
    if x > 100 { throw Problem.tooBig(x) }
    return x
}

// A parameter of throwing function type takes throwing and non-throwing functions and closures.
func applyTwice(_ op: (Int) throws -> Int, to x: Int) throws -> Int {
    try op(try op(x))
}
print(try applyTwice(check, to: 5))
print(try applyTwice({ $0 * 3 }, to: 5))
func double(_ x: Int) -> Int { x * 2 }
print(try applyTwice(double, to: 7))
do {
    _ = try applyTwice({ x in try check(x * 20) }, to: 2)
} catch Problem.tooBig(let value) {
    print("too big:", value)
}
do {
    _ = try applyTwice({ _ in throw Problem.negative }, to: 1)
} catch {
    print("caught", error)
}

// Variables of throwing function type.
var step: (Int) throws -> Int = check
print(try step(3))
step = { x in x + 1 }
print(try step(3))
step = { x in if x == 0 { throw Problem.negative }; return 10 / x }
print((try? step(0)) as Any, (try? step(5)) as Any)
let plain: () -> String = { "plain" }
let widened: () throws -> String = plain
print(try widened())

// Returned throwing functions.
func validator(limit: Int) -> (Int) throws -> Bool {
    return { x in
        if x > limit { throw Problem.tooBig(x) }
        return x % 2 == 0
    }
}
let isSmallEven = validator(limit: 10)
for x in [4, 7, 12] {
    do {
        print(x, try isSmallEven(x))
    } catch {
        print(x, "failed:", error)
    }
}
print(try! validator(limit: 5)(2))

// rethrows: a call needs `try` only when its argument function can throw.
func transform(_ values: [Int], _ op: (Int) throws -> Int) rethrows -> [Int] {
    var result: [Int] = []
    for value in values { result.append(try op(value)) }
    return result
}
print(transform([1, 2, 3]) { $0 * 10 })
print(transform([1, 2, 3], double))
print(try transform([1, 2, 3], check))
do {
    print(try transform([1, 200, 3], check))
} catch {
    print("rethrown:", error)
}
func safely(_ op: () throws -> Int) rethrows -> Int {
    do { return try check(-1) } catch { return try op() + 1000 }
}
print(safely { 1 })
print((try? safely { try check(-5) }) as Any)

// Methods taking throwing functions, with trailing closures.
struct Counter {
    var base = 1
    func apply(_ op: (Int) throws -> Int) rethrows -> Int { try op(base) }
    static func make(_ op: () throws -> Int) rethrows -> Counter { Counter(base: try op()) }
    func run(_ op: () throws -> Int) throws -> Int { try op() + base }
}
let counter = Counter()
print(counter.apply { $0 + 1 })
print((try? counter.apply { _ in try check(-1) }) as Any)
print(Counter.make { 5 }.base)
print(try counter.run { 41 })

// Optional throwing functions.
var handler: (() throws -> Int)? = nil
print((try handler?()) as Any)
handler = { 4 }
print((try? handler?()) as Any)
handler = { throw Problem.negative }
print((try? handler?()) as Any)
handler = succeedsLater
func succeedsLater() throws -> Int { 9 }
print((try handler?()) as Any)
