// Neurons by hand: dot products, activations, a tiny layer with nested arrays.
import Foundation
func dot(_ a: [Double], _ b: [Double]) -> Double {
    var s = 0.0
    for i in 0..<a.count { s += a[i] * b[i] }
    return s
}
func sigmoid(_ z: Double) -> Double { 1 / (1 + exp(-z)) }
func relu(_ z: Double) -> Double { max(0, z) }
let weights: [[Double]] = [[0.2, -0.5, 1.0], [1.5, 0.3, -0.2]]
let bias: [Double] = [0.1, -0.3]
let input: [Double] = [1, 2, 3]
var outputs: [Double] = []
for (row) in weights {
    outputs.append(dot(row, input))
}
for i in 0..<outputs.count { outputs[i] += bias[i] }
print(outputs)
print(outputs.map(sigmoid))
print(outputs.map(relu), outputs.map { tanh($0) })
func softmax(_ z: [Double]) -> [Double] {
    let m = z.max()!
    let exps = z.map { exp($0 - m) }
    let total = exps.reduce(0, +)
    return exps.map { $0 / total }
}
print(softmax([1, 2, 3]))
func matmul(_ a: [[Double]], _ b: [[Double]]) -> [[Double]] {
    var result = [[Double]](repeating: [Double](repeating: 0, count: b[0].count), count: a.count)
    for i in 0..<a.count {
        for j in 0..<b[0].count {
            for k in 0..<b.count {
                result[i][j] += a[i][k] * b[k][j]
            }
        }
    }
    return result
}
print(matmul([[1, 2], [3, 4]], [[5, 6], [7, 8]]))
