// Protocols as lessons use them: layers behind one protocol with extension defaults, a protocol with an associated
// type and a property requirement, array extensions and generic functions in the same cell (an extension of a
// protocol with associated types was applied to arrays that do not conform, and its body failed).
protocol Layer {
    var name: String { get }
    func forward(_ x: [Double]) -> [Double]
    mutating func update(lr: Double)
}
extension Layer {
    var name: String { String(describing: type(of: self)) }
    mutating func update(lr: Double) {}
    func callAsFunction(_ x: [Double]) -> [Double] { forward(x) }
}
struct Scale: Layer {
    var k: Double
    var grad = 0.0
    func forward(_ x: [Double]) -> [Double] { x.map { $0 * k } }
    mutating func update(lr: Double) { k -= lr * grad }
}
struct Shift: Layer {
    var b: Double
    func forward(_ x: [Double]) -> [Double] { x.map { $0 + b } }
}
struct Sequential {
    var layers: [any Layer]
    func callAsFunction(_ x: [Double]) -> [Double] { layers.reduce(x) { $1.forward($0) } }
    mutating func step(lr: Double) { for i in layers.indices { layers[i].update(lr: lr) } }
}
var s = Scale(k: 2); s.grad = 1
var model = Sequential(layers: [s, Shift(b: 1)])
print(model([1, 2]), model.layers.map(\.name))
model.step(lr: 0.5)
print(model([1, 2]), Shift(b: 3)([0]))
protocol Container {
    associatedtype Item
    var items: [Item] { get set }
    mutating func add(_ item: Item)
}
extension Container {
    mutating func add(_ item: Item) { items.append(item) }
    var count: Int { items.count }
}
struct Bag<T>: Container { var items: [T] = [] }
var bag = Bag<String>()
bag.add("x"); bag.add("y")
print(bag.items, bag.count)
func total<C: Container>(_ c: C) -> Double where C.Item == Double { c.items.reduce(0, +) }
var nums = Bag<Double>(); nums.add(1.5); nums.add(2)
print(total(nums))
extension Array where Element: Numeric {
    func dot(_ other: [Element]) -> Element { zip(self, other).map(*).reduce(0, +) }
}
extension Array where Element == String {
    var lengths: [Int] { map(\.count) }
}
print([1, 2, 3].dot([4, 5, 6]), [0.5, 1].dot([2, 2]), ["ab", "c"].lengths)
func isSorted<T: Comparable>(_ xs: [T]) -> Bool { zip(xs, xs.dropFirst()).allSatisfy { $0 <= $1 } }
print(isSorted([1, 2, 2, 5]), isSorted(["b", "a"]))
protocol Describable: CustomStringConvertible { var tag: String { get } }
extension Describable { var description: String { "<\(tag)>" } }
struct Tagged: Describable { let tag: String }
print(Tagged(tag: "cat"), [Tagged(tag: "a"), Tagged(tag: "b")])
func largest<T: Comparable>(_ xs: [T]) -> T? { xs.max() }
func pairUp<A, B>(_ a: [A], _ b: [B]) -> [(A, B)] { Array(zip(a, b)) }
print(largest([3, 9, 2]) ?? 0, largest(["q", "z"]) ?? "", largest([Double]()) as Any, pairUp([1, 2], ["a", "b"]).map { "\($0.0)\($0.1)" })
