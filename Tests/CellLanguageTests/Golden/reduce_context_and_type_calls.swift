// reduce(0) takes the contextual result type; `[Point]()`; T.zero and T(x) in generic code.
let s = (0..<3).reduce(0) { $0 + Double($1) * 0.5 }
print(s)
func f() -> Double { (0..<4).reduce(0) { $0 + Double($1) } }
print(f())
let g: (Int) -> Double = { n in (0..<n).reduce(0) { $0 + Double($1) } }
print(g(3))
let xs = [1.5, 2.5]
let t = xs.indices.reduce(0) { $0 + xs[$1] }
print(t)
struct M { var c = 0 }
func count<T>(_ xs: [T]) -> Int { xs.count }
let a = [M]()
print(a.count, count([M]()), count([Int]()), [String: M]().count)
func z<T: Numeric>(_ x: T) -> T { T.zero + x * 2 }
print(z(3), z(1.5))
func mk<T: BinaryInteger>(_ x: Int) -> T { T(x) }
let q: Int8 = mk(5)
print(q)
struct Vec2: Equatable {
    var x = 0.0, y = 0.0
    static var zero: Vec2 { Vec2() }
    static func + (a: Vec2, b: Vec2) -> Vec2 { Vec2(x: a.x + b.x, y: a.y + b.y) }
}
let vs = [Vec2(x: 1), Vec2(y: 2), Vec2(x: 0.5, y: 0.5)]
print(vs.reduce(.zero, +), vs.reduce(Vec2.zero) { $0 + $1 })
var layers = [String: [Vec2]]()
layers["a", default: [Vec2]()].append(.zero)
print(layers["a"]!.count, layers["a"]![0] == .zero, [[Vec2]]().count)
func total(_ rows: Int, _ cols: Int) -> Double {
    (0..<rows).reduce(0) { r, i in r + (0..<cols).reduce(0) { $0 + Double(i * $1) } }
}
print(total(3, 4))
