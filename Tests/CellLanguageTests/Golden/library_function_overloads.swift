import Foundation

// Vectorized helpers named like the math functions overload them; the library's still answer scalars.
func exp(_ v: [Double]) -> [Double] { v.map { Foundation.exp($0) } }
func sqrt(_ v: [Double]) -> [Double] { v.map { x in x.squareRoot() } }
func tanh(_ v: [Double]) -> [Double] { v.map { tanh($0) } }
func log(_ v: [Double]) -> [Double] { v.map { x in log(x) } }
print(exp([0, 1]).map { ($0 * 1000).rounded() }, exp(1.0), sqrt(16.0), sqrt([4, 9]))
print(tanh([0.0]), tanh(0.0), log([1.0]), log(1.0))
let xs: [Double] = [1, 4]
let y = 9.0
print(sqrt(xs), sqrt(y), sqrt(y) + sqrt(xs)[0])
func pow(_ v: [Double], _ e: Double) -> [Double] { v.map { pow($0, e) } }
print(pow([2, 3], 2), pow(2.0, 3.0), pow(2, 0.5))

// max and min of other arities.
func max(_ a: Int, _ b: Int, _ c: Int) -> Int { a + b + c }
print(max(1, 5, 2))
print(max(1, 5))
print(max(1.5, 2.5), max("a", "b"))
func min(_ v: [Int]) -> Int { v.reduce(Int.max) { min($0, $1) } }
print(min([4, 2, 8]), min(4, 2), min(3.5, 1))

// A function taking a user type.
struct Vec { var x: Double; var y: Double }
func abs(_ v: Vec) -> Double { sqrt(v.x * v.x + v.y * v.y) }
print(abs(Vec(x: 3, y: 4)), abs(-2.5), abs(-7))
let v = Vec(x: 6, y: 8)
let n = -3
print(abs(v), abs(n))

// When both fit, the cell's own declaration is chosen; a literal the library takes as it is goes to the library.
func floor(_ x: Double) -> Double { print("own floor"); return Foundation.floor(x) }
print(floor(2.7))
func hypot(_ a: Int, _ b: Int) -> Int { a * a + b * b }
print(hypot(3, 4), hypot(3.0, 4.0))

// A nested function shadows the library's.
func scaled() -> [Double] {
    func exp2(_ v: [Double]) -> [Double] { v.map { $0 * 2 } }
    return exp2([1, 2])
}
print(scaled(), exp2(3.0))

// A choice between Doubles (literals or values) is the library's Double: the cell's overload takes an array.
let useFirst = true
print(exp(useFirst ? 0.0 : 1.0), sqrt(useFirst ? y : 4.0), sqrt(useFirst ? y : y))
