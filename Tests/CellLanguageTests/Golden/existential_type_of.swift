// `type(of:)` on a protocol-typed value is the type of the value it holds (as for class instances).
protocol Shape {
    func area() -> Double
}
struct Square: Shape {
    var side: Double
    func area() -> Double { side * side }
}
class Circle: Shape {
    var radius = 1.0
    func area() -> Double { 3.0 * radius * radius }
}
final class Ring: Circle {}
enum Dot: Shape {
    case small
    func area() -> Double { 0 }
}
let shapes: [any Shape] = [Square(side: 2), Circle(), Ring(), Dot.small]
for shape in shapes {
    print(type(of: shape), shape.area())
}
let one: Shape = Square(side: 1)
print("\(type(of: one))")
