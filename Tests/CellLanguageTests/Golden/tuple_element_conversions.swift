// Tuple literals whose elements convert to the context's element types: existentials, optionals, upcasts, `Any`.
protocol Optimizer {
    var name: String { get }
    mutating func step(_ x: Double, _ grad: Double) -> Double
}
struct SGD: Optimizer {
    var lr: Double
    var name: String { "sgd(\(lr))" }
    mutating func step(_ x: Double, _ grad: Double) -> Double { x - lr * grad }
}
struct Momentum: Optimizer {
    var lr = 0.05, beta = 0.9, velocity = 0.0
    var name: String { "momentum" }
    mutating func step(_ x: Double, _ grad: Double) -> Double {
        velocity = beta * velocity - lr * grad
        return x + velocity
    }
}
let runs: [(String, any Optimizer)] = [("slow", SGD(lr: 0.01)), ("fast", SGD(lr: 0.2)), ("heavy", Momentum())]
for (label, optimizer) in runs {
    var o = optimizer, x = 5.0
    for _ in 0..<50 { x = o.step(x, 2 * (x - 1)) }
    print(label, o.name, (x * 1e4).rounded() / 1e4)
}
func best(_ candidates: [(String, any Optimizer)]) -> (name: String, optimizer: any Optimizer) {
    (candidates[1].0, candidates[1].1)
}
print(best(runs).optimizer.name)
let pairs: [(String, Int?)] = [("a", 1), ("b", nil)]
var more = pairs
more.append(("c", 3))
print(more.map { "\($0.0)=\($0.1 ?? -1)" })
class Layer { var kind: String { "layer" } }
final class Dense: Layer { override var kind: String { "dense" } }
let named: (String, Layer) = ("first", Dense())
let loose: (Any, Double?) = (42, 0.5)
print(named.1.kind, loose.0, loose.1 ?? 0)
