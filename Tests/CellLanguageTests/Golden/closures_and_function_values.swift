// Closures, captures, higher-order functions, memoization, function composition.
func makeCounter(step: Int = 1) -> () -> Int {
    var n = 0
    return { n += step; return n }
}
let c1 = makeCounter(), c2 = makeCounter(step: 10)
print(c1(), c1(), c2(), c1(), c2())
func compose<A, B, C>(_ f: @escaping (A) -> B, _ g: @escaping (B) -> C) -> (A) -> C { { g(f($0)) } }
let sq: (Double) -> Double = { $0 * $0 }
let half = { (x: Double) -> Double in x / 2 }
let both = compose(sq, half)
print(both(6), compose(half, sq)(6), [1.0, 2.0, 3.0].map(compose(sq, sq)))
func memoize<T: Hashable, U>(_ f: @escaping (T) -> U) -> (T) -> U {
    var cache: [T: U] = [:]
    return { x in
        if let v = cache[x] { return v }
        let v = f(x); cache[x] = v; return v
    }
}
var calls = 0
let slowSquare: (Int) -> Int = { calls += 1; return $0 * $0 }
let fast = memoize(slowSquare)
print(fast(4), fast(4), fast(5), calls)
var handlers: [String: (Double) -> Double] = ["relu": { max(0, $0) }, "neg": { -$0 }, "id": { $0 }]
for k in handlers.keys.sorted() { print(k, handlers[k]!(-2.5)) }
handlers["sq"] = sq
print(handlers.count, handlers["sq"].map { $0(3) } ?? 0)
let ops: [(String, (Int, Int) -> Int)] = [("+", +), ("-", -), ("*", *), ("max", max)]
for (name, op) in ops { print(name, op(7, 3), terminator: "; ") }
print()
func apply(_ n: Int, times f: (Int) -> Int) -> Int { (0..<n).reduce(1) { acc, _ in f(acc) } }
print(apply(5) { $0 * 2 }, apply(3, times: { $0 + 3 }))
var log: [String] = []
func traced<T>(_ label: String, _ body: () throws -> T) rethrows -> T {
    log.append("start \(label)")
    defer { log.append("end \(label)") }
    return try body()
}
let r = traced("sum") { (1...10).reduce(0, +) }
print(r, log)
let sortedByLen = ["ccc", "a", "bb", "dddd", "ee"].sorted { ($0.count, $0) < ($1.count, $1) }
print(sortedByLen)
let curried = { (a: Int) in { (b: Int) in a * 10 + b } }
print(curried(4)(2), (1...3).map(curried(9)))
struct Pipeline {
    var steps: [(Double) -> Double] = []
    func callAsFunction(_ x: Double) -> Double { steps.reduce(x) { $1($0) } }
    mutating func add(_ f: @escaping (Double) -> Double) -> Pipeline { steps.append(f); return self }
}
var p = Pipeline()
_ = p.add { $0 + 1 }
let p2 = p.add { $0 * 3 }
print(p(1), p2(2), p.steps.count)
let lazyPrimes = (2...50).filter { n in (2..<n).allSatisfy { n % $0 != 0 } }
print(lazyPrimes, lazyPrimes.lazy.map { $0 * $0 }.first { $0 > 100 } ?? 0)
let scores = [3, 9, 4]
print(scores.reduce(0, max), scores.reduce(Int.max, min), [0.5, 2.5].reduce(-Double.infinity, max))
let pick: (Double, Double) -> Double = min
print(pick(2, 1), zip([1, 5], [4, 2]).map { max($0, $1) })
