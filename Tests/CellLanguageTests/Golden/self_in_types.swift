// `Self` inside struct, enum and class declarations: the declared type.
struct Vector: CustomStringConvertible {
    var x: Double, y: Double
    static let zero = Self(x: 0, y: 0)
    static var unitX: Self { Self(x: 1, y: 0) }
    func scaled(by k: Double) -> Self { Self(x: x * k, y: y * k) }
    static func + (a: Self, b: Self) -> Self { Self(x: a.x + b.x, y: a.y + b.y) }
    func isZero() -> Bool { self == Self.zero }
    static func == (a: Self, b: Self) -> Bool { a.x == b.x && a.y == b.y }
    var description: String { "(\(x), \(y))" }
    struct Pair { var first: Vector, second: Vector
        func swapped() -> Self { Self(first: second, second: first) }
    }
}
print(Vector.unitX.scaled(by: 3) + Vector(x: 0.5, y: 2), Vector.zero.isZero(), Vector.unitX.isZero())
let pair = Vector.Pair(first: .unitX, second: .zero).swapped()
print(pair.first, pair.second)
enum Direction: CaseIterable {
    case north, east, south, west
    var opposite: Self {
        switch self {
        case .north: return .south
        case .east: return .west
        case .south: return .north
        case .west: return .east
        }
    }
    static func random(index: Int) -> Self { Self.allCases[index % Self.allCases.count] }
}
print(Direction.north.opposite, Direction.random(index: 5), Direction.allCases.map(\.opposite))
struct Stack<Element> {
    var items: [Element] = []
    func pushing(_ x: Element) -> Self { var copy = self; copy.items.append(x); return copy }
}
print(Stack<Int>().pushing(1).pushing(2).items)
class Builder {
    var parts: [String] = []
    func add(_ p: String) -> Self { parts.append(p); return self }
}
final class Path {
    var points: [Int] = []
    static func through(_ xs: [Int]) -> Self { let p = Self(); p.points = xs; return p }
    func extended(by x: Int) -> Self { points.append(x); return self }
}
print(Builder().add("a").add("b").parts, Path.through([1]).extended(by: 2).points)

class Collector {
    var parts: [String] = []
    func add(_ p: String) -> Self { parts.append(p); return self }
    func reset() -> Self { parts = []; return self }
}
final class Markup: Collector {
    func tag() -> String { "<" + parts.joined(separator: " ") + ">" }
}
class Shape { var name = "shape"; func named(_ n: String) -> Self { name = n; return self } }
class Circle: Shape { var radius = 1.0; func sized(_ r: Double) -> Self { radius = r; return self } }
let h = Markup().add("a").add("b")
print(h.tag(), type(of: h), Markup().add("x").reset().add("y").tag())
let c = Circle().named("c").sized(2).named("big")
print(c.name, c.radius, type(of: c))
let b: Collector = Markup().add("z")
print(b.parts, type(of: b.add("w")))
let shapes: [Shape] = [Circle().named("one"), Shape().named("two")]
print(shapes.map(\.name))
