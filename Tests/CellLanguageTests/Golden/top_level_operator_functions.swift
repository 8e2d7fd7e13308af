// Operator functions declared at the top level and in extensions of arrays, found by either operand's type;
// integer literal operands typed as Double to reach them; array literals of numbers typed from the other operand.
struct Vec: CustomStringConvertible {
    var x: Double, y: Double
    var description: String { "(\(x), \(y))" }
}
func + (a: Vec, b: Vec) -> Vec { Vec(x: a.x + b.x, y: a.y + b.y) }
func * (k: Double, v: Vec) -> Vec { Vec(x: k * v.x, y: k * v.y) }
func * (v: Vec, k: Double) -> Vec { k * v }
prefix func - (v: Vec) -> Vec { Vec(x: -v.x, y: -v.y) }
func += (a: inout Vec, b: Vec) { a = a + b }
func == (a: Vec, b: Vec) -> Bool { a.x == b.x && a.y == b.y }
func < (a: Vec, b: Vec) -> Bool { a.x * a.x + a.y * a.y < b.x * b.x + b.y * b.y }
extension Vec: Comparable {}

var calls = 0
func make(_ x: Double) -> Vec { calls += 1; print("make", x); return Vec(x: x, y: 1) }
let u = Vec(x: 1, y: 2), v = Vec(x: 0.5, y: -1)
print(u + v, 3 * u, u * 2, 2.5 * v, -u)
var w = u
w += v
w += make(10)
print(w, calls)
print(u == v, u == Vec(x: 1, y: 2), u < v, u > v, u <= u, u >= v)
print(make(1) + make(2), calls)

// Vector helpers on [Double], as lessons write them.
func + (a: [Double], b: [Double]) -> [Double] { zip(a, b).map { $0 + $1 } }
func * (k: Double, v: [Double]) -> [Double] { v.map { k * $0 } }
extension Array where Element == Double {
    static func - (a: [Double], b: [Double]) -> [Double] { zip(a, b).map { $0 - $1 } }
    static func / (v: [Double], k: Double) -> [Double] { v.map { $0 / k } }
    var norm: Double { reduce(0) { $0 + $1 * $1 }.squareRoot() }
}
let p: [Double] = [1, 2, 3], q: [Double] = [0.5, 0.5, 0.5]
print(p + q, 2 * p, 0.5 * q, p - q, p / 2, (p - q).norm)
print([1, 2, 3] + q, q + [1, 2, 3], [1, 2] + [3, 4], [10, 20] - [1, 2])
let step = 0.1
var weights: [Double] = [1, 1, 1]
for _ in 0..<3 { weights = weights - step * p }
print(weights.map { ($0 * 1000).rounded() / 1000 })
let ints = [1, 2] + [3]
print(ints, [1, 2] == [1.0, 2.0], [0.5] + [1], q == [0.5, 0.5, 0.5])
