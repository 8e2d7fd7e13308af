struct Counter {
    var total = 0
    mutating func add<T: Sequence>(_ values: T) where T.Element == Int {
        for v in values { total += v }
    }
    func wrap<T>(_ x: T) -> [T] { [x] }
    func wrapTwice<T>(_ x: T) -> [[T]] { [wrap(x), self.wrap(x)] }
    func depth<T>(_ x: T, _ n: Int) -> Int { n == 0 ? 0 : 1 + depth(x, n - 1) }
    func check<T: Comparable>(_ a: T, _ b: T) throws -> T {
        if a == b { throw CounterError.same }
        return a > b ? a : b
    }
}
enum CounterError: Error { case same }
var c = Counter()
c.add([1, 2, 3])
c.add(Set([10]))
c.add(1...3)
print(c.total)
print(c.wrapTwice("w"))
print(c.depth(1.5, 4))
do {
    print(try c.check(3, 8))
    print(try c.check("a", "a"))
} catch {
    print("error:", error)
}

class Node<T> {
    var value: T
    init(_ value: T) { self.value = value }
    func transformed<U>(_ f: (T) -> U) -> Node<U> { Node<U>(f(value)) }
    static func of<V>(_ v: V, _ w: T) -> (V, T) { (v, w) }
}
let n = Node(4).transformed { "n\($0)" }
print(n.value, type(of: n))
print(Node<Int>.of("x", 2))

struct Pair<A> {
    var first: A
    var second: A
    func zipped<B>(with other: Pair<B>) -> [(A, B)] { [(first, other.first), (second, other.second)] }
}
print(Pair(first: 1, second: 2).zipped(with: Pair(first: "a", second: "b")))
struct Wrapper {
    var items: [Int]
    init<C: Sequence>(_ c: C) where C.Element == Int { items = []; for x in c { items.append(x) } }
    subscript<I: Sequence>(_ idx: I) -> [Int] where I.Element == Int {
        var out: [Int] = []
        for i in idx { out.append(items[i]) }
        return out
    }
    subscript(i: Int) -> Int { items[i] }
}
let w = Wrapper([5, 6, 7])
print(w[[2, 0]], w[1], w[0..<2])
class A {
    var name: String { "A" }
    func tag<T>(_ x: T) -> String { "\(name):\(x)" }
}
class B: A {
    override var name: String { "B" }
}
let a: A = B()
print(a.tag(1), B().tag("s"), A().tag(2.5))
struct S {
    var n = 0
    mutating func bump<T>(_ x: T) { n += 1 }
}
var s = S()
s.bump("x"); s.bump(3)
print(s.n)
