// micrograd as Karpathy writes it: a Hashable class (identity ==, ObjectIdentifier hash), a topological sort
// with `var visited = Set<Value>()`, the backward pass, and the gradients printed.
import Foundation
final class Value: Hashable, CustomStringConvertible {
    var data: Double
    var grad = 0.0
    var backward: () -> Void = {}
    let prev: Set<Value>
    let op: String
    init(_ data: Double, children: [Value] = [], op: String = "") {
        self.data = data
        self.prev = Set(children)
        self.op = op
    }
    static func == (lhs: Value, rhs: Value) -> Bool { lhs === rhs }
    func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
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
    func tanh() -> Value {
        let t = Foundation.tanh(data)
        let out = Value(t, children: [self], op: "tanh")
        out.backward = { [unowned out] in self.grad += (1 - t * t) * out.grad }
        return out
    }
    func backwardAll() {
        var topo: [Value] = []
        var visited = Set<Value>()
        func build(_ v: Value) {
            if !visited.contains(v) {
                visited.insert(v)
                for child in v.prev { build(child) }
                topo.append(v)
            }
        }
        build(self)
        grad = 1
        for v in topo.reversed() { v.backward() }
        print("nodes:", topo.count, "visited:", visited.count)
    }
}
let x1 = Value(2), x2 = Value(0), w1 = Value(-3), w2 = Value(1), b = Value(6.8813735870195432)
let x1w1 = x1 * w1, x2w2 = x2 * w2
let n = x1w1 + x2w2 + b
let o = n.tanh()
o.backwardAll()
print(o)
print("x1", x1.grad, "w1", w1.grad, "x2", x2.grad, "w2", w2.grad, "b", b.grad)
// A node used twice: a * a has one child in its set, and the gradient accumulates.
let a = Value(3)
let sq = a * a
print(sq.prev.count, sq.prev.contains(a), sq.prev.contains(Value(3)))
let c = sq + a
c.backwardAll()
print(c.data, a.grad)
// Nodes as dictionary keys: a count of uses per node, looked up by identity.
var uses: [Value: Int] = [:]
for node in [x1, w1, x1, b, x1] { uses[node, default: 0] += 1 }
print(uses[x1]!, uses[w1]!, uses[b]!, uses[Value(2)] ?? 0, uses.count)
let ids = Set([ObjectIdentifier(x1), ObjectIdentifier(x1), ObjectIdentifier(w1)])
print(ids.count, ids.contains(ObjectIdentifier(w1)), ids.contains(ObjectIdentifier(b)), ObjectIdentifier(x1) == ObjectIdentifier(x1))
