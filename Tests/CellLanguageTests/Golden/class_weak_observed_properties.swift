// weak and unowned stored properties with willSet/didSet: the observers run on assignments, never when the object is freed.
class Node {
    let name: String
    init(name: String) { self.name = name }
    deinit { print("\(name) freed") }
}
class Holder {
    weak var target: Node? {
        willSet { print("will set to \(newValue?.name ?? "nil"), was \(target?.name ?? "nil")") }
        didSet { print("did set from \(oldValue?.name ?? "nil") to \(target?.name ?? "nil")") }
    }
    unowned var owner: Node {
        didSet { print("owner now \(owner.name), was \(oldValue.name)") }
    }
    init(owner: Node) { self.owner = owner }
}
let a = Node(name: "a")
let holder = Holder(owner: a)
var b: Node? = Node(name: "b")
holder.target = b
b = nil
print(holder.target?.name ?? "target gone")
let c = Node(name: "c")
holder.target = c
holder.owner = c
print(holder.target!.name, holder.owner.name)
// A `do` block's locals end with it: the weak property then reads nil (its didSet does not run).
do {
    let d = Node(name: "d")
    holder.target = d
    print("in do:", holder.target?.name ?? "nil")
}
print("after do:", holder.target?.name ?? "nil")
