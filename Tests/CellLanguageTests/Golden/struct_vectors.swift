// Structs: a 2D vector type for geometry lessons.
import Foundation
struct Vector2: Equatable {
    var x: Double
    var y: Double

    var length: Double { (x * x + y * y).squareRoot() }
    var isZero: Bool { x == 0 && y == 0 }

    func dot(_ other: Vector2) -> Double { x * other.x + y * other.y }
    func scaled(by k: Double) -> Vector2 { Vector2(x: x * k, y: y * k) }
    func normalized() -> Vector2 {
        let l = length
        return l == 0 ? self : Vector2(x: x / l, y: y / l)
    }
    mutating func translate(dx: Double, dy: Double) {
        x += dx
        y += dy
    }
    mutating func rotate90() {
        let oldX = x
        x = -y
        y = oldX
    }

    static let zero = Vector2(x: 0, y: 0)
    static func + (lhs: Vector2, rhs: Vector2) -> Vector2 { Vector2(x: lhs.x + rhs.x, y: lhs.y + rhs.y) }
    static func - (lhs: Vector2, rhs: Vector2) -> Vector2 { Vector2(x: lhs.x - rhs.x, y: lhs.y - rhs.y) }
}

let a = Vector2(x: 3, y: 4)
let b = Vector2(x: 1, y: -2)
print(a, b)
print(a.length, b.length)
print(a + b, a - b)
print(a.dot(b), a.scaled(by: 0.5))
print(a.normalized())
print(Vector2.zero, Vector2.zero.isZero, a.isZero)

// Value semantics: a copy is independent.
var p = a
p.translate(dx: 1, dy: 1)
print("a:", a, "p:", p)
p.rotate90()
print(p)
print(p == a, a == Vector2(x: 3, y: 4))

// Arrays of structs.
var path = [Vector2(x: 0, y: 0), Vector2(x: 3, y: 0), Vector2(x: 3, y: 4)]
var total = 0.0
for i in 1..<path.count {
    total += (path[i] - path[i - 1]).length
}
print("path length:", total)
path[1].translate(dx: 0, dy: 1)
print(path)
let centroid = path.reduce(Vector2.zero, +).scaled(by: 1.0 / Double(path.count))
print(centroid)
print(path.map { $0.length })
