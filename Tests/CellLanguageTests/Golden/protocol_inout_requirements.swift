// An optimizer protocol whose requirement updates the parameters in place (`inout`), met by a struct and by a
// class, called through `any Optimizer`, `some Optimizer`, a generic `T: Optimizer` and an array of optimizers.
protocol Optimizer {
    var name: String { get }
    mutating func update(_ params: inout [Double], _ grads: [Double])
}

struct SGD: Optimizer {
    var lr: Double
    var steps = 0
    var name: String { "SGD(lr: \(lr))" }
    mutating func update(_ params: inout [Double], _ grads: [Double]) {
        for i in params.indices { params[i] -= lr * grads[i] }
        steps += 1
    }
}

final class Momentum: Optimizer {
    let lr: Double
    let beta: Double
    var velocity: [Double] = []
    init(lr: Double, beta: Double) { self.lr = lr; self.beta = beta }
    var name: String { "Momentum(beta: \(beta))" }
    func update(_ params: inout [Double], _ grads: [Double]) {
        if velocity.isEmpty { velocity = Array(repeating: 0, count: params.count) }
        for i in params.indices {
            velocity[i] = beta * velocity[i] + grads[i]
            params[i] -= lr * velocity[i]
        }
    }
}

protocol Clipper {
    func clip(_ values: inout [Double], to limit: Double)
}
extension Clipper {
    func clip(_ values: inout [Double], to limit: Double) {
        for i in values.indices { values[i] = min(max(values[i], -limit), limit) }
    }
}
struct DefaultClipper: Clipper {}

func gradient(_ w: [Double]) -> [Double] {  // of the loss sum((w - 1)^2)
    var g: [Double] = []
    for x in w { g.append(2 * (x - 1)) }
    return g
}

func train<T: Optimizer>(_ optimizer: inout T, _ weights: inout [Double], epochs: Int) {
    for _ in 0..<epochs { optimizer.update(&weights, gradient(weights)) }
}

var weights = [3.0, -1.0]
var opt: any Optimizer = SGD(lr: 0.25)
opt.update(&weights, gradient(weights))
print(opt.name, weights)
opt = Momentum(lr: 0.1, beta: 0.9)
for _ in 0..<3 { opt.update(&weights, gradient(weights)) }
print(opt.name, weights.map { ($0 * 1000).rounded() / 1000 })

var sgd = SGD(lr: 0.1)
var w2 = [0.0, 2.0]
train(&sgd, &w2, epochs: 5)
print(sgd.steps, w2.map { ($0 * 1000).rounded() / 1000 })

var opaque: some Optimizer = SGD(lr: 0.5)
var w3 = [5.0]
opaque.update(&w3, [2.0])
print(opaque.name, w3)

var optimizers: [any Optimizer] = [SGD(lr: 0.1), Momentum(lr: 0.1, beta: 0.5)]
var runs: [[Double]] = [[1.0, 2.0], [1.0, 2.0]]
for i in optimizers.indices {
    for _ in 0..<2 { optimizers[i].update(&runs[i], [1.0, 1.0]) }
}
print(runs.map { $0.map { ($0 * 100).rounded() / 100 } })

let clipper: any Clipper = DefaultClipper()
var grads = [-3.0, 0.5, 7.0]
clipper.clip(&grads, to: 1)
print(grads)

// A protocol extension's method passes its own `inout` parameter on to the requirement.
protocol Scaler { func scale(_ v: inout [Double]) }
extension Scaler {
    func twice(_ v: inout [Double]) { scale(&v); self.scale(&v) }
}
struct Half: Scaler {
    func scale(_ v: inout [Double]) { for i in v.indices { v[i] /= 2 } }
}
func rescale<S: Scaler>(_ s: S, _ v: inout [Double]) { s.scale(&v) }
var v = [8.0]
Half().twice(&v)
let scaler: any Scaler = Half()
scaler.twice(&v)
rescale(Half(), &v)
print(v)
