// Numerical methods as lessons write them: Newton, midpoint integration, Gaussian elimination, statistics, math
// functions (remainder, copysign, fmin, fmax added).
import Foundation
func newton(_ f: (Double) -> Double, _ df: (Double) -> Double, x0: Double, tol: Double = 1e-12) -> (root: Double, steps: Int) {
    var x = x0, steps = 0
    while abs(f(x)) > tol && steps < 50 { x -= f(x) / df(x); steps += 1 }
    return (x, steps)
}
let r = newton({ $0 * $0 - 2 }, { 2 * $0 }, x0: 1)
print(r.root, r.steps, String(format: "%.10f", r.root))
func integrate(_ f: (Double) -> Double, from a: Double, to b: Double, n: Int = 1000) -> Double {
    let h = (b - a) / Double(n)
    return h * (0..<n).reduce(0.0) { $0 + f(a + (Double($1) + 0.5) * h) }
}
print(String(format: "%.6f", integrate(sin, from: 0, to: .pi)), String(format: "%.6f", integrate({ exp(-$0 * $0) }, from: -3, to: 3)))
func solve(_ a: [[Double]], _ b: [Double]) -> [Double]? {
    var m = zip(a, b).map { $0 + [$1] }
    let n = b.count
    for col in 0..<n {
        guard let pivot = (col..<n).max(by: { abs(m[$0][col]) < abs(m[$1][col]) }), abs(m[pivot][col]) > 1e-12 else { return nil }
        m.swapAt(col, pivot)
        for row in 0..<n where row != col {
            let factor = m[row][col] / m[col][col]
            for k in col...n { m[row][k] -= factor * m[col][k] }
        }
    }
    return (0..<n).map { m[$0][n] / m[$0][$0] }
}
print(solve([[2, 1], [1, 3]], [3, 5])!.map { ($0 * 1e9).rounded() / 1e9 }, solve([[1, 2], [2, 4]], [1, 2]) as Any)
let data = [2.5, 3.1, 4.7, 1.2, 3.3, 5.9, 2.2, 3.3]
let mean = data.reduce(0, +) / Double(data.count)
let variance = data.map { pow($0 - mean, 2) }.reduce(0, +) / Double(data.count - 1)
let sorted = data.sorted()
let median = sorted.count % 2 == 0 ? (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2 : sorted[sorted.count / 2]
print(String(format: "mean %.4f var %.4f sd %.4f median %.2f", mean, variance, variance.squareRoot(), median))
func percentile(_ xs: [Double], _ p: Double) -> Double {
    let s = xs.sorted(), idx = p * Double(s.count - 1)
    let lo = Int(idx.rounded(.down)), hi = Int(idx.rounded(.up))
    return s[lo] + (s[hi] - s[lo]) * (idx - Double(lo))
}
print([0.25, 0.5, 0.9].map { percentile(data, $0) })
let bins = Dictionary(grouping: data) { Int($0) }
for k in bins.keys.sorted() { print("\(k)-\(k + 1)", String(repeating: "█", count: bins[k]!.count)) }
var fibMemo = [Int: Int]()
func fib(_ n: Int) -> Int { if n < 2 { return n }; if let v = fibMemo[n] { return v }; let v = fib(n - 1) + fib(n - 2); fibMemo[n] = v; return v }
print((0..<15).map(fib), fib(90))
print(Int.random(in: 1...1) , (1...10).map { Double($0) }.reduce(1, *), 2.0.squareRoot().description.count)
print(gcd(48, 18), lcm(4, 6))
func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
func lcm(_ a: Int, _ b: Int) -> Int { a / gcd(a, b) * b }
print(Double(1) / 0, -1 / Double(0), (0.0 / 0.0).isNaN, Double.greatestFiniteMagnitude > 1e308, Double.ulpOfOne, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < .ulpOfOne)
print(log(exp(1.0)), log2(8.0), log10(1000.0), atan2(1.0, 1.0) * 4, hypot(3.0, 4.0), cbrt(27.0), fmod(7.5, 2), remainder(7.5, 2))
print(fmin(2.5, 1.0), fmax(-1.0, 3.0), copysign(2.0, -0.5), remainder(-7.0, 2.0))
