// Static protocol requirements reached through a type parameter (A.name, A.apply(x), T.zero) in generic functions and
// generic types' members: the strategy pattern of an activation function chosen by type.
import Foundation
protocol Activation {
    static var name: String { get }
    static func apply(_ x: Double) -> Double
}
struct Sigmoid: Activation {
    static var name: String { "sigmoid" }
    static func apply(_ x: Double) -> Double { 1 / (1 + exp(-x)) }
}
enum Step: Activation {
    static var name: String { "step" }
    static func apply(_ x: Double) -> Double { x > 0 ? 1 : 0 }
}
struct Neuron<A: Activation> {
    var weights: [Double]
    var bias: Double
    var activationName: String { A.name }
    func forward(_ x: [Double]) -> Double { A.apply(zip(weights, x).map(*).reduce(bias, +)) }
}
func describe<A: Activation>(_ neuron: Neuron<A>, on x: [Double]) -> String {
    "\(A.name)(\(x)) = \((neuron.forward(x) * 1000).rounded() / 1000)"
}
let a = Neuron<Sigmoid>(weights: [0.5, -0.5], bias: 0.1)
let b = Neuron<Step>(weights: [1, 1], bias: -1.5)
print(a.activationName, b.activationName)
print(describe(a, on: [1, 2]), describe(b, on: [1, 1]))
func total<T: Numeric>(_ xs: [T]) -> T { xs.reduce(T.zero, +) }
print(total([1, 2, 3]), total([0.5, 0.25]))
