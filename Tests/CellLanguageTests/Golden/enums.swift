// Enums: simple cases, associated values, raw values, switch, computed properties, CaseIterable.
enum Direction: CaseIterable {
    case north, south, east, west
    var opposite: Direction {
        switch self {
        case .north: return .south
        case .south: return .north
        case .east: return .west
        case .west: return .east
        }
    }
}
let d = Direction.east
print(d, d.opposite, [d, .north])
print(Direction.allCases.count, Direction.allCases)
switch d {
case .north, .south: print("vertical")
case .east, .west: print("horizontal")
}
enum Shape {
    case circle(radius: Double)
    case rect(Double, Double)
    case empty
    var area: Double {
        switch self {
        case .circle(let r): return 3.0 * r * r
        case .rect(let w, let h): return w * h
        case .empty: return 0
        }
    }
    func describe() -> String {
        switch self {
        case .circle(radius: let r) where r > 1: return "big circle"
        case .circle: return "circle"
        case let .rect(w, h): return "rect \(w)x\(h)"
        case .empty: return "nothing"
        }
    }
}
let shapes: [Shape] = [.circle(radius: 1), .rect(2, 3), Shape.circle(radius: 2.5), .empty]
for sh in shapes { print(sh, sh.area, sh.describe()) }
print(shapes)
enum Planet: Int { case mercury = 1, venus, earth }
print(Planet.earth.rawValue, Planet(rawValue: 2) as Any, Planet(rawValue: 9) as Any)
enum Level: String { case low, high = "HIGH" }
print(Level.low.rawValue, Level.high.rawValue, Level(rawValue: "HIGH") as Any)
print(d == .east, d != Direction.west, Level.low == .high)
var counts: [Direction: Int] = [:]
for dir in [Direction.north, .north, .west] { counts[dir, default: 0] += 1 }
print(counts[.north]!, counts[.west]!, counts[.east] as Any)
