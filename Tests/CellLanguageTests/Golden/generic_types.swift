// Generic types: `struct Stack<Element>` used as `Stack<String>`, extensions of a generic type, constraints on
// type parameters, generic classes and enums, specializations printed as Swift prints them.
struct Stack<Element> {
    var items: [Element] = []
    mutating func push(_ item: Element) {
        items.append(item)
    }
    mutating func pop() -> Element {
        return items.removeLast()
    }
    func peek() -> Element? { items.last }
}
var stackOfStrings = Stack<String>()
stackOfStrings.push("uno")
stackOfStrings.push("dos")
stackOfStrings.push("tres")
print(stackOfStrings.pop(), stackOfStrings.items.count)
print(stackOfStrings)
var numbers = Stack<Int>(items: [1, 2])
numbers.push(3)
print(numbers, numbers.peek() ?? -1)
print([numbers])

// --- cell ---
extension Stack {
    var topItem: Element? {
        return items.isEmpty ? nil : items[items.count - 1]
    }
    func reversed() -> Stack<Element> {
        var copy = Stack<Element>()
        for item in items.reversed() { copy.push(item) }
        return copy
    }
}
if let topItem = stackOfStrings.topItem {
    print("The top item on the stack is \(topItem).")
}
print(numbers.reversed().items)

struct Pair<First, Second> {
    var first: First
    var second: Second
    func swapped() -> Pair<Second, First> { Pair<Second, First>(first: second, second: first) }
}
let pair = Pair<Int, String>(first: 1, second: "one")
print(pair, pair.swapped())

protocol Weighted {
    var weight: Double { get }
}
struct Box: Weighted {
    var weight: Double
}
struct Shelf<Item: Weighted> {
    var items: [Item]
    var total: Double {
        var sum = 0.0
        for item in items { sum += item.weight }
        return sum
    }
}
let shelf = Shelf<Box>(items: [Box(weight: 1.5), Box(weight: 2)])
print(shelf.total)

final class Cell<Value> {
    var value: Value
    init(_ value: Value) { self.value = value }
    func set(_ newValue: Value) { value = newValue }
}
let cell = Cell<[Double]>([1.0])
let alias = cell
alias.set([2.0, 3.0])
print(cell.value)

enum Tree<Value> {
    case leaf
    case node(Value)
    func describe() -> String {
        switch self {
        case .leaf: return "leaf"
        case .node(let value): return "node \(value)"
        }
    }
}
print(Tree<Int>.node(4).describe(), Tree<String>.leaf.describe())
let trees: [Tree<Int>] = [.leaf, .node(1)]
print(trees)
