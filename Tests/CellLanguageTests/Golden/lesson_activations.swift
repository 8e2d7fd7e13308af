// Lesson: activation functions and their derivatives, checked with finite differences.
import Foundation
struct Activation {
    let name: String
    let f: (Double) -> Double
    let derivative: (Double) -> Double
}

let activations = [
    Activation(name: "sigmoid", f: { 1 / (1 + exp(-$0)) }, derivative: { x in
        let s = 1 / (1 + exp(-x))
        return s * (1 - s)
    }),
    Activation(name: "tanh", f: { tanh($0) }, derivative: { 1 - tanh($0) * tanh($0) }),
    Activation(name: "relu", f: { max(0, $0) }, derivative: { $0 > 0 ? 1 : 0 }),
    Activation(name: "leaky", f: { $0 > 0 ? $0 : 0.01 * $0 }, derivative: { $0 > 0 ? 1 : 0.01 }),
    Activation(name: "softplus", f: { log(1 + exp($0)) }, derivative: { 1 / (1 + exp(-$0)) }),
]

let points = [-2.0, -0.5, 0.5, 2.0]
print("x", points.map { String($0) }.joined(separator: "\t"), separator: "\t")
for a in activations {
    let values = points.map { String(format: "%.4f", a.f($0)) }
    print(a.name, values.joined(separator: "\t"), separator: "\t")
}

// Finite differences: (f(x + h) - f(x - h)) / 2h.
let h = 1e-5
for a in activations {
    var worst = 0.0
    for x in points {
        let numeric = (a.f(x + h) - a.f(x - h)) / (2 * h)
        worst = max(worst, abs(numeric - a.derivative(x)))
    }
    print(a.name, worst < 1e-6 ? "gradient ok" : "gradient MISMATCH")
}

// Saturation: where is the derivative small?
for a in activations {
    let saturated = stride(from: -6.0, through: 6.0, by: 1.0).filter { a.derivative($0) < 0.05 }
    print(a.name, saturated.count)
}

// Applying a layer of activations to a vector.
let preActivations = [-1.2, 0.0, 0.7, 3.1]
for a in activations where a.name != "leaky" {
    let out = preActivations.map(a.f)
    print(a.name, out.map { ($0 * 10000).rounded() / 10000 })
}
