struct Stack<Element> {
    var items: [Element] = []
    mutating func push(_ item: Element) { items.append(item) }
    func map<U>(_ f: (Element) -> U) -> Stack<U> {
        var result = Stack<U>()
        for item in items { result.push(f(item)) }
        return result
    }
    init() {}
    init<S: Sequence>(_ s: S) where S.Element == Element {
        for x in s { items.append(x) }
    }
    func countMatching<T: Equatable>(_ value: T, in values: [T]) -> Int {
        var n = 0
        for v in values where v == value { n += 1 }
        return n + items.count
    }
}
var s = Stack<Int>()
s.push(1); s.push(2); s.push(3)
let strings = s.map { "#\($0)" }
print(strings.items)
let doubled = s.map { $0 * 2 }
print(doubled.items, type(of: doubled))
print(Stack<String>(["a", "b"]).items)
print(Stack<Int>(1...4).items)
print(s.countMatching("x", in: ["x", "y", "x"]))

struct Util {
    static func pair<A, B>(_ a: A, _ b: B) -> (A, B) { return (a, b) }
    func describe<T: Equatable>(_ value: T) -> String { "<\(value)>" }
    func twice<T>(_ value: T) -> [T] { [value, value] }
    func run() -> [String] { twice("hi") }
}
print(Util.pair(1, "one"))
let u = Util()
print(u.describe(42), u.describe(2.5))
print(u.twice(7), u.twice("a"))
print(u.run())

class Box {
    var value = 10
    func apply<R>(_ f: (Int) -> R) -> R { f(value) }
    func largest<T: Comparable>(_ xs: [T]) -> T? {
        var best: T? = nil
        for x in xs { if best == nil || x > best! { best = x } }
        return best
    }
}
let box = Box()
print(box.apply { $0 + 1 }, box.apply { "v\($0)" })
print(box.largest([3, 9, 2]) as Any, box.largest(["b", "a"]) as Any)

enum Shape {
    case square(Double)
    func tagged<T>(_ tag: T) -> (T, Double) {
        switch self { case .square(let side): return (tag, side) }
    }
}
print(Shape.square(2).tagged("sq"))

extension Int {
    func repeated<T>(_ value: T) -> [T] { Array(repeating: value, count: self) }
}
print(3.repeated("z"))

protocol Named { var name: String { get } }
extension Named {
    func greet<T>(_ extra: T) -> String { "\(name) \(extra)" }
}
struct Person: Named { var name: String }
print(Person(name: "Ann").greet(5))

struct Empty {
    func make<U>() -> [U] { [] }
}
let e: [Int] = Empty().make()
print(e)
