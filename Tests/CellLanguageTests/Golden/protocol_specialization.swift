// Protocol-extension methods called on existentials run a copy specialized to the value's concrete type, in which
// the requirements called on `self` are the type's own members (see Compiler+ProtocolSpecialization). Every case
// here must print what the shared (dispatched) version prints: stored, computed and method witnesses, witnesses
// with arguments, defaults from the extension, extension methods calling extension methods, a non-final class
// (not specialized) and its subclass, a member of the same name as an extension method (not a witness), `self`
// used as a value, and a type declared after the calls compiled (a later cell).
protocol Shape {
    var name: String { get }
    func area() -> Double
    var perimeter: Double { get }
    func scaled(by factor: Double) -> Double
    func label() -> String
}

extension Shape {
    func label() -> String { return "shape " + name }
    func score() -> Double {
        return area() + 0.5 * perimeter + self.scaled(by: 2.0)
    }
    func summary() -> String {
        return "\(label()): \(score()) \(describe()) \(describeAny(self))"
    }
    func describe() -> String { return "generic " + name }
    func twice() -> Double { return score() * 2.0 }
}

func describeAny(_ shape: any Shape) -> String { return "[\(shape.name)]" }

struct Circle: Shape {
    var radius: Double
    var name: String { return "circle" }
    func area() -> Double { return 3.0 * radius * radius }
    var perimeter: Double { return 6.0 * radius }
    func scaled(by factor: Double) -> Double { return radius * factor }
    func describe() -> String { return "own circle" }
}

struct Square: Shape {
    let name: String
    var side: Double
    var perimeter: Double
    func area() -> Double { return side * side }
    func scaled(by factor: Double) -> Double { return side * factor }
    func label() -> String { return "square " + name }
}

enum Token: Shape {
    case small, large
    var name: String { return self == .small ? "small" : "large" }
    func area() -> Double { return self == .small ? 1.0 : 10.0 }
    var perimeter: Double { return 4.0 }
    func scaled(by factor: Double) -> Double { return factor }
}

final class Triangle: Shape {
    let a, b, c: Double
    var name = "triangle"
    init(a: Double, b: Double, c: Double) {
        self.a = a
        self.b = b
        self.c = c
    }
    func area() -> Double { return 0.25 * a * b }
    var perimeter: Double { return a + b + c }
    func scaled(by factor: Double) -> Double { return c * factor }
}

class Polygon: Shape {
    var sides: Int
    init(sides: Int) { self.sides = sides }
    var name: String { return "polygon" }
    func area() -> Double { return Double(sides) }
    var perimeter: Double { return Double(sides) * 2.0 }
    func scaled(by factor: Double) -> Double { return factor * Double(sides) }
}

class Hexagon: Polygon {
    init() { super.init(sides: 6) }
    override var name: String { return "hexagon" }
    override func area() -> Double { return 60.0 }
}

var shapes: [any Shape] = [Circle(radius: 2.0), Square(name: "s", side: 3.0, perimeter: 12.0), Token.small, Token.large,
                           Triangle(a: 3.0, b: 4.0, c: 5.0), Polygon(sides: 5), Hexagon()]
var total = 0.0
for shape in shapes {
    total += shape.score()
    print(shape.summary(), shape.twice(), shape.label())
}
print("total:", total)
let triangle = Triangle(a: 1.0, b: 2.0, c: 3.0)
let held: any Shape = triangle
triangle.name = "renamed"
print(held.summary())
// --- cell ---
struct Dot: Shape {
    var name: String { return "dot" }
    func area() -> Double { return 0.0 }
    var perimeter: Double { return 0.0 }
    func scaled(by factor: Double) -> Double { return 0.0 }
}
shapes.append(Dot())
for shape in shapes.suffix(2) { print(shape.summary(), shape.score()) }
