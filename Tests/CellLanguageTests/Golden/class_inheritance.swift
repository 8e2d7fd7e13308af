// Class inheritance: stored properties and methods inherited, `override` of methods and computed properties,
// `super`, `final`, dynamic dispatch through base-class references, initializer chains.
class Shape {
    var name: String
    var sides = 0
    init(name: String) {
        self.name = name
    }
    convenience init() {
        self.init(name: "shape")
    }
    var summary: String {
        return "\(name) with \(sides) sides"
    }
    func area() -> Double {
        return 0
    }
    func describe() -> String {
        return "\(summary), area \(area())"
    }
    final func kind() -> String {
        return "a shape"
    }
}

class Rectangle: Shape {
    var width: Double
    var height: Double
    init(width: Double, height: Double) {
        self.width = width
        self.height = height
        super.init(name: "rectangle")
        sides = 4
    }
    override convenience init(name: String) {
        self.init(width: 1, height: 1)
        self.name = name
    }
    override func area() -> Double {
        return width * height
    }
    override var summary: String {
        return "[" + super.summary + "]"
    }
}

final class Square: Rectangle {
    init(side: Double) {
        super.init(width: side, height: side)
        name = "square"
    }
    override func area() -> Double {
        let base = super.area()
        return base
    }
    override func describe() -> String {
        return "square: " + super.describe()
    }
}

class Circle: Shape {
    var radius = 1.0
    override func area() -> Double {
        return 3.0 * radius * radius
    }
}

let shapes: [Shape] = [Shape(name: "blob"), Rectangle(width: 2, height: 3), Square(side: 2), Circle(name: "circle")]
for shape in shapes {
    print(shape.describe())
    print(shape.kind(), shape.sides)
}
let mixed = [Rectangle(width: 1, height: 5), Square(side: 3)]
var total = 0.0
for shape in mixed {
    total += shape.area()
}
print("total", total)

let unnamed = Rectangle()
print(unnamed.name, unnamed.width, unnamed.area())
let inherited = Circle()
print(inherited.name, inherited.summary)
let renamed = Rectangle(name: "door")
print(renamed.describe())

func largest(_ list: [Shape]) -> Shape {
    var best = list[0]
    for shape in list where shape.area() > best.area() {
        best = shape
    }
    return best
}
print(largest(shapes).name)

var current: Shape = Circle()
print(current.area())
current = Square(side: 10)
print(current.area(), current.summary)
let maybe: Shape? = Rectangle(width: 4, height: 4)
print(maybe?.area() ?? -1)

class Counter {
    var count = 0
    func tick() { count += 1 }
    func tickTwice() {
        tick()
        tick()
    }
}
class LoudCounter: Counter {
    override func tick() {
        super.tick()
        print("tick \(count)")
    }
}
let counters = [Counter(), LoudCounter()]
for counter in counters {
    counter.tickTwice()
    print(counter.count)
}

class Animal: CustomStringConvertible {
    let legs: Int
    init(legs: Int) { self.legs = legs }
    var description: String { return "animal with \(legs) legs" }
}
class Bird: Animal {
    init() { super.init(legs: 2) }
    override var description: String { return "bird (" + super.description + ")" }
}
class Dog: Animal {
    required init(name: String) {
        self.name = name
        super.init(legs: 4)
    }
    let name: String
}
class Puppy: Dog {}
print(Animal(legs: 6))
print(Bird())
let animals: [Animal] = [Bird(), Dog(name: "Rex"), Puppy(name: "Bit")]
print(animals)
print(Puppy(name: "Tiny").name)
