// Functions: labels, _, defaults, overloads by label, recursion, functions as values.
func add(_ a: Int, _ b: Int) -> Int { a + b }
func describe(name: String, age: Int = 30) -> String {
    return "\(name) is \(age)"
}
func line(x: Double, slope m: Double, intercept q: Double = 0) -> Double {
    m * x + q
}
func area(width: Double, height: Double) -> Double { width * height }
func area(side: Double) -> Double { side * side }
print(add(2, 3))
print(describe(name: "Ada"), describe(name: "Alan", age: 41))
print(line(x: 2, slope: 1.5), line(x: 2, slope: 1.5, intercept: -1))
print(area(width: 2, height: 3), area(side: 4))
func factorial(_ n: Int) -> Int {
    if n <= 1 { return 1 }
    return n * factorial(n - 1)
}
print(factorial(10))
func isEven(_ n: Int) -> Bool { n == 0 ? true : isOdd(n - 1) }
func isOdd(_ n: Int) -> Bool { n == 0 ? false : isEven(n - 1) }
print(isEven(10), isOdd(7))
func greet() { print("hello") }
greet()
func apply(_ f: (Int) -> Int, to value: Int) -> Int { f(value) }
func double(_ x: Int) -> Int { x * 2 }
print(apply(double, to: 21))
let op: (Int, Int) -> Int = add
print(op(4, 5))
func stats(_ values: [Double]) -> [Double] {
    var lowest = values[0]
    var highest = values[0]
    for v in values {
        if v < lowest { lowest = v }
        if v > highest { highest = v }
    }
    return [lowest, highest]
}
print(stats([3, 1.5, 9, 4]))
func earlyExit(_ n: Int) -> String {
    guard n > 0 else { return "non-positive" }
    if n > 100 { return "big" }
    return "small"
}
print(earlyExit(-1), earlyExit(5), earlyExit(500))
func outer(_ x: Int) -> Int {
    func inner(_ y: Int) -> Int { y * x }
    return inner(3) + inner(4)
}
print(outer(2))
