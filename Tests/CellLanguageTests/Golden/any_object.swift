// AnyObject as a type, class-only protocols, casts out of protocol types, weak/unowned captures with values.
protocol HasArea {
    var area: Double { get }
}
protocol Named: AnyObject {
    var name: String { get }
}
class Shape {
    var sides: Int
    init(sides: Int) { self.sides = sides }
}
class Square: Shape, HasArea, Named {
    var side: Double
    var name: String { return "square" }
    var area: Double { return side * side }
    init(side: Double) { self.side = side; super.init(sides: 4) }
}
class Disc: HasArea {
    var radius: Double
    var area: Double { return 3.0 * radius * radius }
    init(radius: Double) { self.radius = radius }
    deinit { print("disc freed") }
}
struct Plot: HasArea {
    var area: Double
}
let objects: [AnyObject] = [Square(side: 2.0), Disc(radius: 1.0), Shape(sides: 3)]
for object in objects {
    if let shape = object as? HasArea {
        print("area \(shape.area)")
    } else {
        print("no area")
    }
    print(object is Named, object is Shape, object is Disc)
    if let named = object as? Named { print("named \(named.name)") }
    if let shape = object as? Shape { print("sides \(shape.sides)") }
}
let areas: [HasArea] = [Plot(area: 5.0), Square(side: 3.0)]
for item in areas {
    if let plot = item as? Plot { print("plot \(plot.area)") }
    if let square = item as? Square { print("square \(square.side)") }
    print(item is Plot, item is Named)
}
let forced = areas[1] as! Named
print(forced.name)
var maybe: AnyObject? = Disc(radius: 2.0)
print(maybe is Disc)
maybe = nil

class Owner {
    var delegate: AnyObject?
    var named: Named?
    lazy var describe = { [unowned self, weak delegate = self.delegate] (prefix: String) -> String in
        let present = delegate == nil ? "none" : "some"
        return "\(prefix) \(self.delegate is Disc) \(present)"
    }
    lazy var nameOf = { [weak named = self.named] in
        named?.name ?? "gone"
    }
}
var owner: Owner? = Owner()
var disc: Disc? = Disc(radius: 1.5)
owner!.delegate = disc
print(owner!.describe("delegate"))
var square: Square? = Square(side: 1.0)
owner!.named = square
let nameOf = owner!.nameOf
print(nameOf())
owner!.named = nil
square = nil
print(nameOf())
owner!.delegate = nil
disc = nil
owner = nil
print("end")

protocol Listener: AnyObject {
    func heard(_ word: String)
}
class Ear: Listener {
    func heard(_ word: String) { print("heard \(word)") }
    deinit { print("ear freed") }
}
class Speaker {
    weak var listener: Listener?
    func say(_ word: String) { listener?.heard(word) ?? print("nobody heard \(word)") }
}
let speaker = Speaker()
var ear: Ear? = Ear()
speaker.listener = ear
speaker.say("hello")
ear = nil
speaker.say("again")
print(speaker.listener == nil)

let shapes: [Shape] = [Square(side: 4.0), Shape(sides: 5)]
for shape in shapes {
    print(shape is HasArea, shape is Named)
    if let sized = shape as? HasArea { print("sized \(sized.area)") }
}
let firstNamed = shapes[0] as! Named
print(firstNamed.name)
