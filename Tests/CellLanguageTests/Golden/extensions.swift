// Extensions: methods, computed properties, static members, initializers and conformances added to declared
// types and to built-in types (Int, Double, String, [Double]); protocol extensions with default implementations.
struct Size {
    var width = 0.0, height = 0.0
}
struct Point {
    var x = 0.0, y = 0.0
}
struct Rect {
    var origin = Point()
    var size = Size()
}
extension Rect {
    init(center: Point, size: Size) {
        let originX = center.x - (size.width / 2)
        let originY = center.y - (size.height / 2)
        self.init(origin: Point(x: originX, y: originY), size: size)
    }
    var area: Double { size.width * size.height }
    func contains(_ point: Point) -> Bool {
        point.x >= origin.x && point.x <= origin.x + size.width && point.y >= origin.y && point.y <= origin.y + size.height
    }
    mutating func move(by dx: Double) { origin.x += dx }
    static let unit = Rect(origin: Point(), size: Size(width: 1, height: 1))
    static func square(_ side: Double) -> Rect { Rect(origin: Point(), size: Size(width: side, height: side)) }
}
let memberwise = Rect(origin: Point(x: 2, y: 2), size: Size(width: 5, height: 5))
var centered = Rect(center: Point(x: 4, y: 4), size: Size(width: 3, height: 3))
print(memberwise.area, centered.origin.x, centered.origin.y)
print(centered.contains(Point(x: 3, y: 3)), centered.contains(Point(x: 9, y: 3)))
centered.move(by: 1.5)
print(centered.origin)
print(Rect.unit.area, Rect.square(4).area)

extension Double {
    var km: Double { return self * 1_000.0 }
    var m: Double { return self }
    var cm: Double { return self / 100.0 }
    var mm: Double { return self / 1_000.0 }
    var ft: Double { return self / 3.28084 }
}
let oneInch = 25.4.mm
print("One inch is \(oneInch) meters")
let threeFeet = 3.ft
print("Three feet is \(threeFeet) meters")
let aMarathon = 42.km + 195.m
print("A marathon is \(aMarathon) meters long")

extension Int {
    func repetitions(task: () -> Void) {
        for _ in 0..<self {
            task()
        }
    }
    mutating func square() {
        self = self * self
    }
    var isEven: Bool { self % 2 == 0 }
    func clamped(to limit: Int) -> Int { self > limit ? limit : self }
}
3.repetitions {
    print("Hello!")
}
var someInt = 3
someInt.square()
print("someInt is now \(someInt)", someInt.isEven, 12.clamped(to: 10))

extension String {
    var shouted: String { self.uppercased() + "!" }
    func repeated(_ times: Int) -> String {
        var result = ""
        for _ in 0..<times { result += self }
        return result
    }
}
print("hey".shouted, "ab".repeated(3))

extension Array where Element == Double {
    var mean: Double {
        var sum = 0.0
        for x in self { sum += x }
        return sum / Double(self.count)
    }
    func scaled(by factor: Double) -> [Double] { self.map { $0 * factor } }
}
let samples = [1.0, 2.0, 4.5]
print(samples.mean, samples.scaled(by: 2))

// Conformance added by an extension, and protocol extensions.
protocol TextRepresentable {
    var textualDescription: String { get }
    func shout() -> String
}
extension TextRepresentable {
    func shout() -> String { textualDescription.uppercased() }
    func framed() -> String { "[" + textualDescription + "]" }
    var length: Int { textualDescription.count }
}
struct Dice {
    var sides: Int
}
extension Dice: TextRepresentable {
    var textualDescription: String { "A \(sides)-sided dice" }
}
struct Loud: TextRepresentable {
    var textualDescription: String { "loud" }
    func shout() -> String { "LOUD!!!" }
    func framed() -> String { "own frame" }
}
let d12 = Dice(sides: 12)
print(d12.textualDescription, d12.shout(), d12.framed(), d12.length)
let things: [TextRepresentable] = [d12, Loud()]
for thing in things {
    // shout() is a requirement: dynamically dispatched; framed() is extension-only: statically dispatched.
    print(thing.shout(), thing.framed(), thing.length)
}
print(Loud().framed())

// --- cell ---
extension Int: TextRepresentable {
    var textualDescription: String { "the number \(self)" }
}
print(7.textualDescription, 7.shout())
let representable: TextRepresentable = 42
print(representable.framed(), representable)

extension Point: CustomStringConvertible {
    var description: String { "(\(x), \(y))" }
}
print(Point(x: 1, y: 2), [Point()])
