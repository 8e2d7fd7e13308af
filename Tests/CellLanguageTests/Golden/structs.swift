// Structs: stored and computed properties, methods, mutating, memberwise init, value semantics, statics.
struct Point {
    var x: Double
    var y: Double = 0
    var norm: Double { (x * x + y * y).squareRoot() }
    func scaled(by k: Double) -> Point { Point(x: x * k, y: y * k) }
    func distance(to other: Point) -> Double {
        let dx = x - other.x
        let dy = y - other.y
        return (dx * dx + dy * dy).squareRoot()
    }
    mutating func move(dx: Double, dy: Double = 0) {
        x += dx
        self.y += dy
    }
    static let origin = Point(x: 0, y: 0)
    static func unit() -> Point { Point(x: 1) }
}
var p = Point(x: 3, y: 4)
print(p, p.norm, p.scaled(by: 2))
print(p.distance(to: .origin), Point.unit())
p.move(dx: 1)
p.move(dx: 0, dy: -1)
print(p)
var q = p
q.x = 100
print(p.x, q.x)
struct Sample {
    var features: [Double]
    var label: String
    let id: Int
}
let s = Sample(features: [1, 2], label: "a", id: 7)
print(s)
print([s])
var samples = [s, Sample(features: [3], label: "b", id: 8)]
samples[1].label = "B"
samples[0].features.append(9)
print(samples.map { $0.label }, samples[0].features)
struct Stats {
    var values: [Double] = []
    var count: Int { values.count }
    var mean: Double { values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count) }
    mutating func add(_ v: Double) { values.append(v) }
}
var st = Stats()
for v in [2.0, 4.0, 9.0] { st.add(v) }
print(st.count, st.mean, st)
struct Temperature: Equatable {
    var celsius: Double
    init(fahrenheit: Double) { celsius = (fahrenheit - 32) * 5 / 9 }
    init(celsius: Double) { self.celsius = celsius }
}
print(Temperature(fahrenheit: 212), Temperature(celsius: 100) == Temperature(fahrenheit: 212))
struct Wrapper { var inner: Point; var tag: String? }
var w = Wrapper(inner: .origin, tag: nil)
w.inner.x = 5
print(w)
