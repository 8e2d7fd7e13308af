// Optional chains and evaluation order: when a link is nil, the right side and the arguments are not evaluated;
// calls in the chain run once, before the right side (as swiftc's program prints).
final class Node {
    var value = 0
    var next: Node?
    var items = [0, 0, 0]
    init(_ value: Int) { self.value = value }
}
var log: [String] = []
func note(_ name: String, _ value: Int) -> Int {
    log.append(name)
    return value
}
func make(_ present: Bool) -> Node? {
    log.append("make")
    return present ? Node(1) : nil
}
make(false)?.value = note("rhs", 5)
make(true)?.value = note("rhs", 6)
print(log)
log = []
let head = Node(1)
head.next = Node(2)
var nodes: [Node?] = [head, nil]
nodes[note("i", 1)]?.value = note("rhs", 7)
nodes[note("i", 0)]?.value = note("rhs", 8)
nodes[note("i", 0)]?.items[note("j", 2)] += note("rhs", 3)
print(log, head.value, head.items)
var a: [Int]? = nil
a?.append(note("first", 1))
a = [0]
a?.append(note("second", 2))
final class Box { var items: [Int] = []; func add(_ x: Int) { items.append(x) } }
var box: Box? = nil
box?.add(note("third", 3))
box = Box()
box?.add(note("fourth", 4))
box?.items.append(note("fifth", 5))
print(log, a ?? [], box?.items ?? [])
log = []
var groups: [String: [Int]] = ["a": [1]]
func key(_ k: String) -> String { log.append("key \(k)"); return k }
groups[key("b")]?.append(note("rhs", 1))
groups[key("a")]?.append(note("rhs", 2))
print(log, groups)
