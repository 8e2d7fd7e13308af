// Closures: counters capturing state, composition, optional function values in a dictionary, autoclosures, lazy
// sequences, captured loop variables, closures given to mutating methods.
func makeCounter(start: Int = 0, step: Int = 1) -> () -> Int {
    var value = start
    return { value += step; return value }
}
let c1 = makeCounter(), c2 = makeCounter(start: 10, step: 5)
print(c1(), c1(), c2(), c1(), c2())
func compose<A, B, C>(_ f: @escaping (A) -> B, _ g: @escaping (B) -> C) -> (A) -> C { { g(f($0)) } }
let square: (Double) -> Double = { $0 * $0 }
let describe = compose(square) { "value \($0)" }
print(describe(3))
var handlers: [String: (Int) -> Int] = ["double": { $0 * 2 }, "negate": { -$0 }]
handlers["square"] = { $0 * $0 }
for key in handlers.keys.sorted() { print(key, handlers[key]!(7)) }
let pipeline: [(Int) -> Int] = [{ $0 + 1 }, { $0 * 3 }, { $0 - 2 }]
print(pipeline.reduce(5) { acc, f in f(acc) })
func applyTwice(_ f: (Int) -> Int, to x: Int) -> Int { f(f(x)) }
print(applyTwice({ $0 * $0 }, to: 3))
var log: [String] = []
func record(_ message: @autoclosure () -> String, when flag: Bool) { if flag { log.append(message()) } }
record("first", when: true); record("second \(log.count)", when: false); record("third \(log.count)", when: true)
print(log)
let sortedByLast = ["banana", "apple", "cherry"].sorted { $0.last! < $1.last! }
print(sortedByLast)
let lazySquares = (1...10).lazy.map { $0 * $0 }.filter { $0 % 2 == 0 }
print(Array(lazySquares), lazySquares.first!)
let memo: (Int) -> Int = { n in (1...max(n, 1)).reduce(1, *) }
print(memo(10), (1...5).map(memo))
var captured: [() -> Int] = []
for i in 1...3 { captured.append { i * 10 } }
print(captured.map { $0() })
struct Timer { var ticks = 0; mutating func tick(times: Int, _ onTick: (Int) -> Void) { for _ in 0..<times { ticks += 1; onTick(ticks) } } }
var timer = Timer()
var seen: [Int] = []
timer.tick(times: 3) { seen.append($0) }
print(seen, timer.ticks)
