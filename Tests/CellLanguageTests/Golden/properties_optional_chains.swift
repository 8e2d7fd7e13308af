// Computed and observed properties and subscripts reached through optional chaining and force unwrapping.
class Node {
    var value = 0 { didSet { print("node \(oldValue) -> \(value)") } }
    var label: String {
        get { print("get"); return "v\(value)" }
        set { print("set \(newValue)"); value = newValue.count }
    }
    subscript(i: Int) -> Int {
        get { value * i }
        set { value = newValue / i }
    }
    var next: Node?
}
var a: Node? = Node()
a?.label = "abc"
a?.value += 2
a?[2] = 10
a?.next?.value = 3
print(a?.value ?? -1, a?[3] ?? -1)
var none: Node? = nil
none?.label = "zz"
none?.value = 1
print(none?.label ?? "nil")
a!.label = "q"
struct Pair {
    var x = 1 { willSet { print("x will", newValue) } }
    var y = 2
}
var pairs: [String: Pair] = ["p": Pair()]
pairs["p"]?.x = 5
pairs["p"]?.y = 6
print(pairs["p"]!.x, pairs["p"]!.y)
var opt: Pair? = Pair()
opt?.x += 1
print(opt!.x)
