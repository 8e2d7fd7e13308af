// A tree of classes with weak parents and deinit; === and !== on optional instances; overriding and casts.
class Node {
    let name: String
    var children: [Node] = []
    weak var parent: Node?
    init(_ name: String) { self.name = name; print("init", name) }
    deinit { print("deinit", name) }
    func add(_ child: Node) { children.append(child); child.parent = self }
    var path: String { (parent.map { $0.path + "/" } ?? "") + name }
}
do {
    let root = Node("root")
    let a = Node("a"), b = Node("b")
    root.add(a); a.add(b)
    print(b.path, root.children.count, a.parent === root, b.parent !== root)
}
print("after scope")
class Animal { func sound() -> String { "..." }; func speak() -> String { "\(type(of: self)): \(sound())" } }
class Dog: Animal { override func sound() -> String { "woof" } }
class Puppy: Dog { override func sound() -> String { super.sound() + "!" } }
let animals: [Animal] = [Animal(), Dog(), Puppy()]
print(animals.map { $0.speak() })
print(animals.filter { $0 is Dog }.count, animals.compactMap { $0 as? Puppy }.count)
if let d = animals[1] as? Dog { print("dog", d.sound()) }
