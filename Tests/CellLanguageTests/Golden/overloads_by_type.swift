// Overloads with the same argument labels told apart by parameter types, chosen at compile time as swiftc does.
func describe(_ x: Int) -> String { "Int \(x)" }
func describe(_ x: Double) -> String { "Double \(x)" }
func describe(_ x: String) -> String { "String \(x)" }
func describe(_ x: [Int]) -> String { "array of \(x.count)" }
print(describe(1), describe(2.5), describe("a"), describe([1, 2]))
let d = 3.0
print(describe(d), describe(d * 2), describe(Int(d)))

// An Int literal prefers Int, a non-optional argument prefers the non-optional parameter.
func pick(_ x: Double) -> String { "Double" }
func pick(_ x: Int) -> String { "Int" }
func maybe(_ x: Int?) -> String { "Int?" }
func maybe(_ x: Int) -> String { "Int" }
let none: Int? = nil
print(pick(1), pick(1.0), maybe(1), maybe(nil), maybe(none))

// Concrete over generic.
func show<T>(_ x: T) -> String { "generic \(x)" }
func show(_ x: Int) -> String { "concrete \(x)" }
print(show(1), show("x"), show(2.5))

// A non-throwing closure picks the non-throwing overload; a throwing function the throwing one.
enum Failure: Error { case bad }
func run(callback: () -> Int) -> String { "plain \(callback())" }
func run(callback: () throws -> Int) -> String {
    do { return "throwing \(try callback())" } catch { return "caught \(error)" }
}
func fails() throws -> Int { throw Failure.bad }
func succeeds() throws -> Int { 7 }
print(run { 42 })
print(run(callback: fails))
print(run(callback: succeeds))
print(run { try fails() })

// Methods, static methods and initializers.
struct Meter {
    var value: Double
    init(_ value: Double) { self.value = value }
    init(_ text: String) { self.value = Double(text) ?? -1 }
    func scaled(_ by: Int) -> String { "scaled by Int \(value * Double(by))" }
    func scaled(_ by: Double) -> String { "scaled by Double \(value * by)" }
    static func unit(_ name: String) -> Meter { Meter(name == "km" ? 1000 : 1) }
    static func unit(_ factor: Double) -> Meter { Meter(factor) }
}
print(Meter(2).value, Meter("12.5").value, Meter(3.5).value)
let m = Meter(1.5)
print(m.scaled(2), m.scaled(0.5))
print(Meter.unit("km").value, Meter.unit(0.25).value)

// Classes: the subclass overload is more specific than the superclass one.
class Animal { var name: String { "animal" } }
class Dog: Animal { override var name: String { "dog" } }
func greet(_ a: Animal) -> String { "hello \(a.name)" }
func greet(_ d: Dog) -> String { "good boy, \(d.name)" }
let animal: Animal = Dog()
print(greet(Dog()), greet(animal), greet(Animal()))

// Function values chosen by their context's type.
func twice(_ x: Int) -> Int { x * 2 }
func twice(_ x: String) -> String { x + x }
let f: (Int) -> Int = twice
let g: (String) -> String = twice
print(f(21), g("ab"))

// A generic function takes the argument as it is: it wins over a concrete one that would convert it.
func convert<T>(_ x: T) -> String { "generic" }
func convert(_ x: Double) -> String { "Double" }
func wrap<T>(_ x: T) -> String { "generic" }
func wrap(_ x: Int?) -> String { "optional" }
let five = 5
print(convert(1), convert(1.5), wrap(1), wrap(five), wrap(none))
func kind<T>(_ x: T) -> String { "generic" }
func kind(_ a: Animal) -> String { "Animal" }
print(kind(Dog()), kind(3))
protocol Shape { var sides: Int { get } }
struct Triangle: Shape { var sides: Int { 3 } }
func info<T>(_ x: T) -> String { "generic" }
func info(_ s: Shape) -> String { "shape with \(s.sides) sides" }
let shape: Shape = Triangle()
print(info(Triangle()), info(shape))
func mixed(_ x: Int, _ y: Double) -> String { "Int, Double" }
func mixed(_ x: Double, _ y: Int) -> String { "Double, Int" }
print(mixed(1, 2.5), mixed(1.5, 2))
func sides(_ s: Shape) -> String { "any shape" }
func sides(_ t: Triangle) -> String { "a triangle" }
print(sides(Triangle()), sides(shape))
func anything(_ x: Any) -> String { "Any" }
func anything(_ x: Int) -> String { "Int" }
print(anything(1), anything("s"), anything(2.5))
func opt(_ x: Int?, _ y: Int) -> String { "first optional" }
func opt(_ x: Int, _ y: Int?) -> String { "second optional" }
print(opt(nil, 1), opt(1, nil))

// Overloads added by an extension.
extension Meter {
    func scaled(_ by: String) -> String { "scaled by \(by)" }
    static func unit(_ flag: Bool) -> Meter { Meter(flag ? 1 : 0) }
}
print(m.scaled("text"), m.scaled(3), Meter.unit(true).value)
