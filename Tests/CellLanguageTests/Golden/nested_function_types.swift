// Nested functions: declared inside functions, methods and closures; their signatures type the calls that name them
// (defaults, inout, recursion, captures) and their bodies are checked with their parameters' types. Also bare Set
// annotations and trailing closures appended to arrays of functions.
struct Counter {
    var n = 0
    mutating func bump(by k: Int = 1) -> Int {
        func twice(_ v: inout Int, extra: Int = 0) { v += 2 * k + extra }
        twice(&n)
        twice(&n, extra: 5)
        func fact(_ x: Int) -> Int { x <= 1 ? 1 : x * fact(x - 1) }
        return fact(n % 5)
    }
}
var c = Counter()
print(c.bump(), c.bump(by: 2), c.n)
func g() -> [String] {
    func label(_ i: Int) -> String { "#\(i)" }
    func label(_ s: String) -> String { s }
    let xs = [1, 2, 3].map { i -> String in
        func pad(_ s: String, with mark: Character = "!") -> String { s + String(mark) }
        return pad(label(i)) + pad("", with: "?")
    }
    return xs + [label("x")]
}
print(g())
func spread(_ xs: [Double]) -> Double {
    func mean() -> Double { xs.reduce(0, +) / Double(xs.count) }
    func square(_ d: Double) -> Double { d * d }
    let m = mean()
    return xs.map { square($0 - m) }.reduce(0, +)
}
print(spread([1, 2, 3.5]))
func outer(_ n: Int) -> Int {
    func inner(_ x: Int) -> Int { return x * 2 + n }
    var total = 0
    for i in 0..<n { total += inner(i) }
    return inner(3) + total
}
print(outer(4))
let f = { (k: Int) -> Int in
    func cube(_ v: Int) -> Double { Double(v * v * v) }
    return Int(cube(k)) - 1
}
print(f(3))
let colors: Set = ["red", "green", "red"]
let primes: Set = [2, 3, 5, 3]
print(colors.count, primes.contains(5), primes.sorted())
var handlers: [() -> Void] = []
handlers.append { print("first handler") }
var steps: [(Int) -> Int] = []
steps.append { $0 * 10 }
for handler in handlers { handler() }
print(steps[0](4))
