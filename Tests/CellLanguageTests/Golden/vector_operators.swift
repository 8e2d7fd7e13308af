// Operators declared on a struct (a literal operand typed as Double for 'static func * (k: Double, v: Vector)'),
// Comparable, Hashable, static counters, grouping, memoization.
struct Vector: Equatable, Hashable, CustomStringConvertible, Comparable {
    var x: Double, y: Double
    static let zero = Vector(x: 0, y: 0)
    static var created = 0
    var length: Double { (x * x + y * y).squareRoot() }
    var description: String { "(\(x), \(y))" }
    init(x: Double, y: Double) { self.x = x; self.y = y; Vector.created += 1 }
    static func + (a: Vector, b: Vector) -> Vector { Vector(x: a.x + b.x, y: a.y + b.y) }
    static func * (k: Double, v: Vector) -> Vector { Vector(x: k * v.x, y: k * v.y) }
    static prefix func - (v: Vector) -> Vector { Vector(x: -v.x, y: -v.y) }
    static func += (a: inout Vector, b: Vector) { a = a + b }
    static func < (a: Vector, b: Vector) -> Bool { a.length < b.length }
    mutating func normalize() { let l = length; x /= l; y /= l }
    func dot(_ o: Vector) -> Double { x * o.x + y * o.y }
}
var v = Vector(x: 3, y: 4)
print(v, v.length, -v, 2 * v + Vector.zero)
v.normalize()
print(v, v == Vector(x: 0.6, y: 0.8))
var acc = Vector.zero
for p in [Vector(x: 1, y: 1), Vector(x: 2, y: -1)] { acc += p }
print(acc, Vector.created)
let vs = [Vector(x: 5, y: 0), Vector(x: 1, y: 1), Vector(x: 0, y: 2)]
print(vs.sorted(), vs.max()!, vs.min()!, Set(vs + vs).count)
let byQuadrant = Dictionary(grouping: vs) { $0.x > $0.y ? "below" : "above" }
print(byQuadrant.keys.sorted(), byQuadrant["above"]!.count)
var memo: [Int: Int] = [:]
func fib(_ n: Int) -> Int {
    if n < 2 { return n }
    if let m = memo[n] { return m }
    let r = fib(n - 1) + fib(n - 2)
    memo[n] = r
    return r
}
print(fib(80), memo.count)
let counts = ["a": 3, "b": 1, "c": 2]
for (k, val) in counts.sorted(by: { $0.value > $1.value }) { print(k, val, terminator: "; ") }
print()
print(counts.mapValues { $0 * 10 }.sorted { $0.key < $1.key }, counts.filter { $0.value > 1 }.count, counts.values.reduce(0, +))
var grid = [[Int]](repeating: [Int](repeating: 0, count: 3), count: 2)
grid[1][2] = 5
grid[0] = grid[0].map { $0 + 1 }
print(grid, grid.joined().count, grid.flatMap { $0 }.max()!)
