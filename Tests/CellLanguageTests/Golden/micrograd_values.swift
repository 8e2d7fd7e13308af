// micrograd in plain Swift: a class with operator functions, closures capturing [unowned out], a topological
// sort by identity, and Foundation.tanh named through its module inside a method called tanh.
import Foundation
final class Value: CustomStringConvertible {
    var data: Double
    var grad = 0.0
    var backward: () -> Void = {}
    let children: [Value]
    let op: String
    init(_ data: Double, children: [Value] = [], op: String = "") { self.data = data; self.children = children; self.op = op }
    var description: String { "Value(data=\(data), grad=\(grad))" }
    static func + (a: Value, b: Value) -> Value {
        let out = Value(a.data + b.data, children: [a, b], op: "+")
        out.backward = { [unowned out] in a.grad += out.grad; b.grad += out.grad }
        return out
    }
    static func * (a: Value, b: Value) -> Value {
        let out = Value(a.data * b.data, children: [a, b], op: "*")
        out.backward = { [unowned out] in a.grad += b.data * out.grad; b.grad += a.data * out.grad }
        return out
    }
    static func + (a: Value, b: Double) -> Value { a + Value(b) }
    static func * (a: Double, b: Value) -> Value { Value(a) * b }
    func tanh() -> Value {
        let t = Foundation.tanh(data)
        let out = Value(t, children: [self], op: "tanh")
        out.backward = { [unowned out] in self.grad += (1 - t * t) * out.grad }
        return out
    }
    func backwardAll() {
        var topo: [Value] = []
        var visited: [Value] = []
        func build(_ v: Value) {
            if !visited.contains(where: { $0 === v }) {
                visited.append(v)
                for child in v.children { build(child) }
                topo.append(v)
            }
        }
        build(self)
        grad = 1
        for v in topo.reversed() { v.backward() }
    }
}
let x1 = Value(2), x2 = Value(0), w1 = Value(-3), w2 = Value(1), b = Value(6.8813735870195432)
let n = x1 * w1 + x2 * w2 + b
let o = n.tanh()
o.backwardAll()
print(o)
print(x1.grad, w1.grad, x2.grad, w2.grad)
let a = Value(3)
let c = a * a + 2.0 * a
c.backwardAll()
print(c.data, a.grad, c.op, c.children.count)
