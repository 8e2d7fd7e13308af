// `type(of:)` prints a value's type as Swift does: the dynamic class of an instance, generic types spelled out.
class Media {}
class Film: Media {}
struct Point { var x = 0 }
enum Suit { case hearts }
let items: [Media] = [Film(), Media()]
for item in items {
    print(type(of: item))
}
print(type(of: items))
print(type(of: 42), type(of: 4.2), type(of: true), type(of: "s"))
let optional: Int? = Int("3")
print(type(of: optional))
print(type(of: [1: "one"]), type(of: Set([1])))
print(type(of: (1, "a")), type(of: (x: 1, y: 2.0)))
func add(_ a: Int, _ b: Int) -> Int { a + b }
func hello() { print("hello") }
print(type(of: add), type(of: hello))
print(type(of: 1...3), type(of: 0..<2))
print(type(of: Point()), type(of: Suit.hearts))
let character: Character = "c"
print("type: \(type(of: character))")
