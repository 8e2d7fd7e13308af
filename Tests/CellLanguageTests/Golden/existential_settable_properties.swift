// `{ get set }` property requirements assigned through protocol-typed values: stored, computed and observed
// witnesses, structs and classes, in variables, array elements and inout parameters.
protocol Shape {
    var scale: Double { get set }
    var name: String { get }
}

struct Square: Shape {
    var side = 2.0
    var scale: Double {
        get { side / 2 }
        set { side = newValue * 2 }
    }
    var name: String { "square \(side)" }
}

final class Blob: Shape {
    var scale = 1.0
    var name: String { "blob \(scale)" }
}

struct Dot: Shape {
    var scale = 0.5 {
        willSet { print("dot will be", newValue) }
        didSet { print("dot was", oldValue) }
    }
    var name: String { "dot \(scale)" }
}

var shapes: [any Shape] = [Square(), Blob(), Square(side: 5), Dot()]
for i in shapes.indices { shapes[i].scale *= 3 }
print(shapes.map { $0.name })

var one: any Shape = Blob()
let alias = one
one.scale += 1
print(alias.name, one.name)

var square: Shape = Square()
let before = square
square.scale = 10
print(square.name, square.scale, before.name)

func grow(_ shape: inout any Shape, by amount: Double) { shape.scale += amount }
grow(&square, by: 0.5)
grow(&shapes[3], by: 1)
print(square.name, shapes[3].name)

struct Canvas { var main: any Shape = Dot() }
var canvas = Canvas()
canvas.main.scale = 4
print(canvas.main.name)

protocol Counter { var count: Int { get set } }
struct Tally: Counter { var count = 0 }
var counters: [String: any Counter] = ["a": Tally()]
counters["a"]?.count += 5
counters["a"]!.count -= 1
print(counters["a"]!.count)

// A class-bound protocol: the instance is shared, so a `let` holding it (or a `let` array of them) is enough.
protocol Named: AnyObject { var name: String { get set } }
final class Person: Named { var name = "ann" }
let person: any Named = Person()
person.name = "bea"
let people: [Named] = [Person(), person]
people[1].name += "!"
print(person.name, people.map { $0.name })
