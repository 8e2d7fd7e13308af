// Protocols: requirements (methods, properties, static, mutating, initializers), conformance of structs,
// classes and enums, inheritance, composition, and values held as a protocol type (dispatched to the concrete type).
protocol Shape {
    var name: String { get }
    func area() -> Double
    func scaled(by factor: Double) -> Double
}

struct Circle: Shape {
    var radius: Double
    let name = "circle"
    func area() -> Double { 3.0 * radius * radius }
    func scaled(by factor: Double) -> Double { area() * factor * factor }
}

final class Square: Shape {
    var side: Double
    init(side: Double) { self.side = side }
    var name: String { "square of side \(side)" }
    func area() -> Double { side * side }
    func scaled(by factor: Double) -> Double { area() * factor }
}

enum Unit: Shape {
    case small, large
    var name: String { self == .small ? "small unit" : "large unit" }
    func area() -> Double { self == .small ? 1 : 10 }
    func scaled(by factor: Double) -> Double { area() + factor }
}

let shapes: [Shape] = [Circle(radius: 2), Square(side: 3), Unit.large]
for shape in shapes {
    print(shape.name, shape.area(), shape.scaled(by: 2))
}
var total = 0.0
for shape in shapes { total += shape.area() }
print("total", total)

func describe(_ shape: any Shape) -> String {
    "\(shape.name): \(shape.area())"
}
print(describe(Circle(radius: 1)))
print(describe(Unit.small))

func biggest(_ shapes: [Shape]) -> Shape {
    var best = shapes[0]
    for shape in shapes where shape.area() > best.area() { best = shape }
    return best
}
print(biggest(shapes).name)

// Printing a value held as a protocol type prints the concrete value.
let held: Shape = Circle(radius: 1.5)
print(held)
print(shapes[2])
print([held])

// --- cell ---
// Mutating requirements.
protocol Togglable {
    mutating func toggle()
}
enum OnOffSwitch: Togglable {
    case off, on
    mutating func toggle() {
        switch self {
        case .off: self = .on
        case .on: self = .off
        }
    }
}
struct Counter: Togglable {
    var count = 0
    mutating func toggle() { count += 1 }
}
var lightSwitch = OnOffSwitch.off
lightSwitch.toggle()
print(lightSwitch)
var toggles: [Togglable] = [OnOffSwitch.on, Counter(count: 5)]
toggles[0].toggle()
var some: Togglable = Counter()
some.toggle()
some.toggle()
print(some)
print(toggles[0])

// Static, initializer and settable requirements.
protocol Resettable {
    static var defaultValue: Int { get }
    static func kind() -> String
    init(value: Int)
    var value: Int { get set }
}
struct Gauge: Resettable {
    static let defaultValue = 7
    var value: Int
    static func kind() -> String { "gauge" }
}
var gauge = Gauge(value: Gauge.defaultValue)
gauge.value += 1
print(Gauge.kind(), gauge.value)

// --- cell ---
// Inheritance and composition.
protocol Named {
    var name: String { get }
}
protocol Aged {
    var age: Int { get }
}
protocol Greeter: Named {
    func greet() -> String
}
struct Person: Greeter, Aged {
    var name: String
    var age: Int
    func greet() -> String { "Hello, I am \(name)" }
}
func wishHappyBirthday(to celebrator: Named & Aged) {
    print("Happy birthday, \(celebrator.name), you're \(celebrator.age)!")
}
let malcolm = Person(name: "Malcolm", age: 21)
wishHappyBirthday(to: malcolm)
let greeter: Greeter = malcolm
print(greeter.greet(), greeter.name)
let named: Named = greeter
print(named.name)
let maybe: Named? = malcolm
print(maybe?.name ?? "nobody")

// A protocol inheriting CustomStringConvertible: print uses the description.
protocol Labelled: CustomStringConvertible {
    var label: String { get }
}
struct Tag: Labelled {
    var label: String
    var description: String { "<\(label)>" }
}
let tags: [Labelled] = [Tag(label: "a"), Tag(label: "b")]
print(tags)
print(tags[0], tags[1].label)
