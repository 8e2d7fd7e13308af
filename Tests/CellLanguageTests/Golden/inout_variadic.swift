// inout parameters (copy in, copy out), variadic parameters, tuple assignment.
func swapValues(_ a: inout Int, _ b: inout Int) {
    let t = a
    a = b
    b = t
}
var x = 1, y = 2
swapValues(&x, &y)
print(x, y)
func addAll(_ values: Double..., scale: Double = 1) -> Double { values.reduce(0, +) * scale }
print(addAll(1, 2, 3), addAll(), addAll(4, scale: 0.5))
func normalize(_ v: inout [Double]) {
    let total = v.reduce(0, +)
    for i in 0..<v.count { v[i] /= total }
}
var weights = [1.0, 3.0]
normalize(&weights)
print(weights)
var grid = [[1, 2], [3, 4]]
func bump(_ n: inout Int) { n += 10 }
bump(&grid[1][0])
print(grid)
func log(_ items: String..., separator: String = " ") { print(items.joined(separator: separator)) }
log("a", "b", "c")
log("x", separator: "-")
var u = 1, v = 2
(u, v) = (v, u + 10)
print(u, v)
func swapPair(_ a: inout Int, _ b: inout Int) { (a, b) = (b, a) }
swapPair(&u, &v)
print(u, v)
