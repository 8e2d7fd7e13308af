// `type(of: x) == T.self`: metatypes compare as the same type or not (a class instance by its dynamic class).
protocol Shape { func area() -> Double }
struct Square: Shape { var side = 2.0; func area() -> Double { side * side } }
struct Circle: Shape { var radius = 1.0; func area() -> Double { 3 * radius * radius } }
class Animal { func name() -> String { "animal" } }
class Dog: Animal { override func name() -> String { "dog" } }
final class Puppy: Dog {}

let shapes: [Shape] = [Square(), Circle(), Square(side: 3)]
for shape in shapes {
    print(type(of: shape), type(of: shape) == Square.self, type(of: shape) != Circle.self)
}
print(shapes.filter { type(of: $0) == Square.self }.count)

let animals: [Animal] = [Animal(), Dog(), Puppy()]
for animal in animals {
    print(type(of: animal), type(of: animal) == Animal.self, type(of: animal) == Dog.self, animal is Dog)
}

// Generic parameters: the type a call binds.
func kind<T>(of value: T) -> String {
    if T.self == Int.self { return "an Int" }
    if type(of: value) == String.self { return "a String" }
    return "a \(T.self)"
}
print(kind(of: 3), kind(of: "x"), kind(of: 2.5), kind(of: true))
func same<A, B>(_ a: A, _ b: B) -> Bool { type(of: a) == type(of: b) }
print(same(1, 2), same(1, 2.0), same(Square(), Square()), same(Square(), Circle()))

// Types that print alike are still different types.
struct Outer { struct Node { var v = 1 } }
struct Other { struct Node { var v = 1 } }
let n1 = Outer.Node(), n2 = Other.Node()
print(type(of: n1), type(of: n2), type(of: n1) == type(of: n2), type(of: n1) == type(of: Outer.Node()))

// Evaluation: the operand of type(of:) runs once.
var calls = 0
func next() -> Int { calls += 1; return calls }
print(type(of: next()) == Int.self, calls)
let metatype = type(of: [1, 2])
print(metatype, metatype == type(of: [3]), "\(type(of: Optional(1)))", type(of: (1, "a")))
