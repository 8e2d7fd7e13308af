// Closures: $0, explicit parameters, trailing closures, capture by reference, returned closures.
let square = { (x: Int) -> Int in x * x }
print(square(7))
let add: (Int, Int) -> Int = { $0 + $1 }
print(add(2, 3))
func makeCounter() -> () -> Int {
    var count = 0
    return {
        count += 1
        return count
    }
}
let counter = makeCounter()
print(counter(), counter(), counter())
let other = makeCounter()
print(other(), counter())
var total = 0
let addToTotal = { (x: Int) in total += x }
addToTotal(5)
addToTotal(7)
print(total)
func transform(_ values: [Double], using f: (Double) -> Double) -> [Double] {
    var result: [Double] = []
    for v in values { result.append(f(v)) }
    return result
}
print(transform([1, 2, 3]) { $0 * 10 })
print(transform([1, 4, 9], using: { x in x.squareRoot() }))
let scale = 3.0
let scaled = [1.0, 2.0].map { $0 * scale }
print(scaled)
let ops: [(Int) -> Int] = [{ $0 + 1 }, { $0 * 2 }, { x in x - 3 }]
var v = 10
for f in ops { v = f(v) }
print(v)
let compose = { (f: @escaping (Int) -> Int, g: @escaping (Int) -> Int) -> (Int) -> Int in
    return { g(f($0)) }
}
let incThenDouble = compose({ $0 + 1 }, { $0 * 2 })
print(incThenDouble(5))
let multi = { (a: Double, b: Double) -> Double in
    let s = a + b
    return s * s
}
print(multi(1, 2))
let sorted = [3, 1, 2].sorted { a, b in a > b }
print(sorted)
let greet = { print("closure with no parameters") }
greet()
