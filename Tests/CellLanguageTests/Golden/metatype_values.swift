// `Name.self` and a generic parameter's `T.self` as values that print and interpolate.
struct Point { var x = 0 }
class Shape {}
enum Suit { case hearts }
func typeName<T>(_ x: T) -> String { "\(T.self)" }
func describe<T: Numeric>(_ x: T) -> String { "\(x) is a \(T.self)" }
print(typeName(3), typeName("a"), typeName([1]), typeName(Point()), Int.self, Point.self, Shape.self, Suit.self, UInt8.self)
print(describe(2), describe(2.5))
let t = Double.self
print(t, String(describing: Bool.self), "\(Character.self)")
