// Two-dimensional arrays: building, transposing, row and column sums.
let rows = 3
let cols = 4
var matrix: [[Int]] = []
for r in 0..<rows {
    var row: [Int] = []
    for c in 0..<cols { row.append(r * cols + c) }
    matrix.append(row)
}
print(matrix)
var transposed = [[Int]](repeating: [Int](repeating: 0, count: rows), count: cols)
for r in 0..<rows {
    for c in 0..<cols { transposed[c][r] = matrix[r][c] }
}
print(transposed)
print(matrix.map { $0.reduce(0, +) })
print(transposed.map { $0.reduce(0, +) })
var identity = [[Double]](repeating: [Double](repeating: 0, count: 3), count: 3)
for i in 0..<3 { identity[i][i] = 1 }
print(identity)
matrix[1][1] *= 100
matrix[2].append(99)
print(matrix[1], matrix[2], matrix[2].count)
let flat = matrix.reduce([], +)
print(flat.count, flat.prefix(5))
