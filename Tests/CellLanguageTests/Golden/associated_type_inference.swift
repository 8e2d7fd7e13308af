// Associated types inferred from the types of properties and members that mention them inside other types
// ([Item], Item?, [String: Item], (Item) -> Item); `a ?? b` of two optionals.
protocol Container {
    associatedtype Item
    var items: [Item] { get set }
    mutating func add(_ item: Item)
}
extension Container {
    mutating func add(_ item: Item) { items.append(item) }
    var count: Int { items.count }
}
struct IntBag: Container { var items: [Int] = [] }
struct Bag<T>: Container { var items: [T] = [] }
var a = IntBag()
a.add(3); a.add(4)
var bag = Bag<String>()
bag.add("x"); bag.add("y")
print(a.items, a.count, bag.items, bag.count)
func total<C: Container>(_ c: C) -> Double where C.Item == Double { c.items.reduce(0, +) }
var nums = Bag<Double>(); nums.add(1.5); nums.add(2)
print(total(nums))
protocol Cache {
    associatedtype Value
    var latest: Value? { get }
    var table: [String: Value] { get }
    var transform: (Value) -> Value { get }
}
extension Cache {
    func lookup(_ key: String) -> Value? { table[key].map(transform) ?? latest }
}
struct Scores: Cache {
    var latest: Int? = 7
    var table = ["a": 1, "b": 2]
    var transform: (Int) -> Int = { $0 * 100 }
}
let s = Scores()
print(s.lookup("a") ?? -1, s.lookup("z") ?? -1)
func describe<C: Cache>(_ c: C) -> String { "\(c.table.count) entries, latest \(String(describing: c.latest))" }
print(describe(s))
let p: Int? = nil, q: Int? = 3, r: Int? = nil
print(p ?? q as Any, p ?? r as Any, p ?? r ?? 9, (q ?? p).map { $0 * 2 } as Any)
