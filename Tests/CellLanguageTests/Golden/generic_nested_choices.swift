// Plain and generic initializers, methods and subscripts of one type chosen by the arguments' own types, nested; a generic
// method naming a specialization of its class (`Node<U>`) chained.
struct P {
    var tag = 0
    func f(_ x: Int) -> String { "plain \(x)" }
    func f<T>(_ x: T) -> String { "generic \(x)" }
    init(_ x: Int) { tag = 1 }
    init<T>(_ x: T) { tag = 2 }
}
struct W {
    var items = [5, 6, 7]
    subscript<I: Sequence>(_ idx: I) -> [Int] where I.Element == Int {
        var out: [Int] = []
        for i in idx { out.append(items[i % 3]) }
        return out
    }
    subscript(i: Int) -> Int { items[i] }
}
class Node<T> {
    var value: T
    init(_ value: T) { self.value = value }
    func transformed<U>(_ f: (T) -> U) -> Node<U> { Node<U>(f(value)) }
}
let p = P(1)
let w = W()
let a = P(P(P(P(P(P(P(P(P(P(P(P(P(P(P(P(P(P(P(P(1))))))))))))))))))))
let b = p.f(p.f(p.f(p.f(p.f(p.f(p.f(p.f(p.f(p.f(p.f(p.f(p.f(p.f(p.f(p.f(p.f(p.f(p.f(p.f(1))))))))))))))))))))
let c = w[w[w[w[w[w[w[w[w[w[[0]]]]]]]]]]]
let d = Node(4).transformed { $0 }.transformed { $0 }.transformed { $0 }.transformed { $0 }.transformed { $0 }.transformed { $0 }.transformed { $0 }.transformed { $0 }.transformed { $0 }.transformed { $0 }.transformed { $0 }.transformed { $0 }.transformed { $0 }.transformed { $0 }.transformed { $0 }.transformed { $0 }.transformed { $0 }.transformed { $0 }.transformed { $0 }.transformed { $0 }
print(a.tag, b, c, d.value)
