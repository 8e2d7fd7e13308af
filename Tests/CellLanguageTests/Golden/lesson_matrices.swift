// Lesson: matrices as nested arrays - product, transpose, identity.
import Foundation
func zeros(_ rows: Int, _ columns: Int) -> [[Double]] {
    [[Double]](repeating: [Double](repeating: 0, count: columns), count: rows)
}

func identity(_ n: Int) -> [[Double]] {
    var m = zeros(n, n)
    for i in 0..<n { m[i][i] = 1 }
    return m
}

func transpose(_ m: [[Double]]) -> [[Double]] {
    guard let first = m.first else { return [] }
    var t = zeros(first.count, m.count)
    for i in m.indices {
        for j in first.indices { t[j][i] = m[i][j] }
    }
    return t
}

func multiply(_ a: [[Double]], _ b: [[Double]]) -> [[Double]]? {
    guard let inner = a.first?.count, inner == b.count else { return nil }
    var c = zeros(a.count, b[0].count)
    for i in a.indices {
        for j in b[0].indices {
            var sum = 0.0
            for k in 0..<inner { sum += a[i][k] * b[k][j] }
            c[i][j] = sum
        }
    }
    return c
}

func show(_ m: [[Double]]) {
    for row in m {
        print(row.map { String(format: "%6.2f", $0) }.joined())
    }
}

let a: [[Double]] = [[1, 2, 3], [4, 5, 6]]
let b: [[Double]] = [[7, 8], [9, 10], [11, 12]]
show(a)
print(transpose(a))
if let c = multiply(a, b) {
    print("a x b =")
    show(c)
}
print(multiply(a, a) == nil)
print(multiply(identity(2), a)! == a)
print(identity(3))

// Matrix-vector product and a linear layer.
let weights: [[Double]] = [[0.5, -0.2], [0.1, 0.4], [-0.3, 0.8]]
let input: [Double] = [1.0, 2.0]
let bias: [Double] = [0.1, 0.0, -0.1]
let output = weights.enumerated().map { row in
    zip(row.element, input).map { $0 * $1 }.reduce(0, +) + bias[row.offset]
}
print(output)
let relu = output.map { max(0, $0) }
print(relu)

// Trace and Frobenius norm.
let square: [[Double]] = [[2, -1], [1, 3]]
let trace = square.indices.map { square[$0][$0] }.reduce(0, +)
let frobenius = square.flatMap { $0 }.map { $0 * $0 }.reduce(0, +).squareRoot()
print(trace, frobenius)
let determinant = square[0][0] * square[1][1] - square[0][1] * square[1][0]
print(determinant)
