// Operator functions on user types: infix, prefix, and comparisons.
struct Vector2D: Equatable {
    var x = 0.0, y = 0.0
    static func + (left: Vector2D, right: Vector2D) -> Vector2D {
        return Vector2D(x: left.x + right.x, y: left.y + right.y)
    }
    static func * (scale: Double, vector: Vector2D) -> Vector2D {
        Vector2D(x: scale * vector.x, y: scale * vector.y)
    }
    static prefix func - (vector: Vector2D) -> Vector2D {
        return Vector2D(x: -vector.x, y: -vector.y)
    }
}
let a = Vector2D(x: 1, y: 2)
var b = a + a
print(b, -a, -(-a) == a)
b = b + 2.0 * -b
print(b, a == b, a != b)

struct Money: Comparable {
    var cents: Int
    static func < (lhs: Money, rhs: Money) -> Bool { lhs.cents < rhs.cents }
    static prefix func ! (money: Money) -> Bool { money.cents == 0 }
}
let prices = [Money(cents: 250), Money(cents: 99), Money(cents: 0)]
print(prices.sorted().map(\.cents), prices.map { !$0 }, Money(cents: 5) > Money(cents: 3))
