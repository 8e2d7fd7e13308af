// Any: values of every type held as Any, printed and cast back (as?, as!, is, switch cast patterns).
protocol Shape {
    func area() -> Double
}
struct Square: Shape {
    var side: Double
    func area() -> Double { side * side }
}
class Movie {
    var name: String
    init(name: String) { self.name = name }
}
enum Suit { case hearts, spades }
var things: [Any] = []
things.append(0)
things.append(2.5)
things.append("hello")
things.append(true)
things.append((3.0, 5.0))
things.append([1, 2, 3])
things.append(Square(side: 2.0))
things.append(Suit.spades)
things.append(Movie(name: "Up"))
things.append({ (name: String) -> String in "Hi, \(name)" })
let shape: Shape = Square(side: 3.0)
things.append(shape)
print(things.count)
for thing in things.prefix(8) {
    print(thing)
}
let first: Any = 42
print(first)
print("\(first) and \(things[2])")
if let n = first as? Int { print(n + 1) }
print(first as? String ?? "not a string")
print(first is Int, first is Double)
let text = things[2] as! String
print(text.uppercased())
func describe(_ value: Any) -> String {
    switch value {
    case 0 as Int: return "zero"
    case let n as Int where n < 0: return "negative \(n)"
    case let n as Int: return "int \(n)"
    case let d as Double: return "double \(d)"
    case is Bool: return "a bool"
    case let s as String: return "string \(s.count)"
    case let (x, y) as (Double, Double): return "point \(x + y)"
    case let list as [Int]: return "list \(list.reduce(0, +))"
    case let square as Square: return "square \(square.area())"
    case let shape as Shape: return "shape \(shape.area())"
    case let suit as Suit: return "suit \(suit == .spades)"
    case let movie as Movie: return "movie \(movie.name)"
    case let greet as (String) -> String: return greet("Ann")
    default: return "other"
    }
}
for thing in things { print(describe(thing)) }
print(describe(-4), describe(shape))
var table: [String: Any] = ["a": 1, "b": "two"]
table["c"] = 3.0
for key in table.keys.sorted() { print(key, describe(table[key]!)) }
