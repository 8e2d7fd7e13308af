// A cell's generic type constructed without type arguments takes them from the context, as swiftc does.
struct Stack<T> {
    var items: [T] = []
    mutating func push(_ x: T) { items.append(x) }
}
struct Pair<A, B> {
    var first: A
    var second: B
}
final class Box<Value> {
    var value: Value
    init(_ value: Value) { self.value = value }
}
var s: Stack<Int> = Stack()
s.push(3)
let q: Pair<String, Int?> = Pair(first: "q", second: nil)
let r: Pair<String, Double> = Pair(first: "r", second: 1)
func emptyStack() -> Stack<Double> { Stack() }
var stacks: [Stack<String>] = [Stack(), Stack(items: ["a"])]
stacks[0].push("b")
let maybe: Stack<Character>? = Stack()
let box: Box<Double> = Box(2)
box.value /= 4
print(s.items, q.second as Any, r.second, emptyStack().items, stacks.map(\.items), maybe?.items.count ?? -1, box.value)
