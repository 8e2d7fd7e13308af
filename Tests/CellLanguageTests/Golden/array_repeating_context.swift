// `Array(repeating:count:)` takes its element type from the context where an array is expected, as in Swift.
let a: [Double] = Array(repeating: 0, count: 3)
let b = Array(repeating: "x", count: 2)
var grid: [Double] = []
grid = Array(repeating: 0.0, count: 4)
let c: [[Int]] = Array(repeating: [], count: 2)
func total(_ xs: [Double]) -> Double { xs.reduce(0, +) }
print(a, b, grid, c, total(Array(repeating: 1, count: 4)))
