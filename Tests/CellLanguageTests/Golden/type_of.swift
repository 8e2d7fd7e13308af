// type(of:) prints the type's name as Swift prints a metatype.
struct O { enum R { case a }; struct V {} }
func hello() { }
func add(_ a: Int, _ b: Int) -> Int { a + b }
let f: (String) -> Void = { _ in }
print(type(of: 1), type(of: 1.5), type(of: "s"), type(of: true), type(of: Character("c")))
print(type(of: [1]), type(of: ["a": 1]), type(of: Set([1])), type(of: Optional(1)), type(of: (1, "a")), type(of: (x: 1, y: 2)))
print(type(of: hello), type(of: add), type(of: f), type(of: 1...2), type(of: 1..<2), type(of: 1.0...2.0))
print(type(of: O.R.a), type(of: O.V()), type(of: [O.R.a]), type(of: [[1]]))
let g: ((Int) -> Int)? = nil
print(type(of: g), type(of: ()))
final class Box { var x = 1 }
let box = Box()
print(type(of: box), "\(type(of: [box]))")
var count = 0
func bump() -> Int { count += 1; return count }
print(type(of: bump()), count)
