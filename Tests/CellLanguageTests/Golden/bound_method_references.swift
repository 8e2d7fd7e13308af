struct Linear {
    var w: Double
    func predict(_ x: Double) -> Double { w * x }
    func scaled(_ x: Double, by k: Double) -> Double { w * x * k }
    func describe() -> String { "Linear(\(w))" }
}
var lin = Linear(w: 2)
let f = lin.predict
lin.w = 10
print([1.0, 2].map(lin.predict), f(4), lin.scaled(1, by: 3))
let describe = lin.describe
print(describe())
class Animal {
    let name: String
    init(name: String) { self.name = name }
    func speak(_ times: Int) -> String { String(repeating: "...", count: times) }
}
class Dog: Animal {
    override func speak(_ times: Int) -> String { String(repeating: "woof ", count: times) + name }
}
let pets: [Animal] = [Animal(name: "generic"), Dog(name: "rex")]
let speakers = pets.map { $0.speak }
print(speakers.map { $0(2) })
let dog = Dog(name: "fido")
let bark = dog.speak
print(bark(1), [1, 3].map(dog.speak))
enum Shape {
    case square(Double), circle(Double)
    func area(scale: Double) -> Double {
        switch self {
        case .square(let s): return s * s * scale
        case .circle(let r): return 3 * r * r * scale
        }
    }
}
let shapes: [Shape] = [.square(2), .circle(1)]
print(shapes.map { $0.area }.map { $0(2) }, [0.5, 1].map(Shape.square(4).area))
struct Parser {
    enum Failure: Error { case empty }
    func parse(_ s: String) throws -> Int {
        guard let n = Int(s) else { throw Failure.empty }
        return n
    }
}
let p = Parser()
let parse = p.parse
do {
    print(try parse("12"), try ["1", "2"].map(p.parse))
    print(try parse("x"))
} catch {
    print("failed:", error)
}
struct Pick {
    func value(_ x: Int) -> Int { x + 1 }
    func value(_ x: String) -> String { x + "!" }
}
let pick = Pick()
let g: (Int) -> Int = pick.value
let h: (String) -> String = pick.value
print(g(1), h("a"), [1, 2].map(g))
