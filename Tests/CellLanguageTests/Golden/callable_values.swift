// Values called like functions (callAsFunction) through protocols, extensions, subscripts, calls and properties.
protocol Layer { func callAsFunction(_ x: Double) -> Double }
struct Scale: Layer { var k: Double; func callAsFunction(_ x: Double) -> Double { k * x } }
struct Shift: Layer { var d: Double; func callAsFunction(_ x: Double) -> Double { x + d } }
let layers: [any Layer] = [Scale(k: 2), Shift(d: 1)]
var v = 3.0
for layer in layers { v = layer(v) }
print(v, layers[1](5), Scale(k: 3)(2))
func apply<L: Layer>(_ layer: L, _ x: Double) -> Double { layer(x) }
print(apply(Scale(k: 4), 1))
func makeScale(_ k: Double) -> Scale { Scale(k: k) }
print(makeScale(10)(1))  // (swiftc 6.3 crashes on the same call of a function returning `any Layer`)

protocol Named { var name: String { get } }
extension Named { func callAsFunction() -> String { "I am \(name)" } }
struct Person: Named { let name: String }
let someone: any Named = Person(name: "Ada")
print(someone(), Person(name: "Bob")())

enum ShapeError: Error { case mismatch(expected: Int, got: Int) }
protocol Module: AnyObject {
    var name: String { get }
    func forward(_ x: [Double]) throws -> [Double]
}
extension Module {
    func callAsFunction(_ x: [Double]) throws -> [Double] { try forward(x) }
}
final class Dense: Module {
    let name = "dense"
    var weights: [[Double]], bias: [Double]
    init(weights: [[Double]], bias: [Double]) { self.weights = weights; self.bias = bias }
    func forward(_ x: [Double]) throws -> [Double] {
        guard x.count == weights[0].count else { throw ShapeError.mismatch(expected: weights[0].count, got: x.count) }
        return zip(weights, bias).map { row, b in zip(row, x).map(*).reduce(b, +) }
    }
}
final class ReLU: Module {
    var name: String { "relu" }
    func forward(_ x: [Double]) throws -> [Double] { x.map { max(0, $0) } }
}
final class Sequential {
    var first: Dense
    var activation: ReLU
    init(first: Dense, activation: ReLU) { self.first = first; self.activation = activation }
    func callAsFunction(_ x: [Double]) throws -> [Double] { try activation(try first(x)) }
}
let modules: [any Module] = [Dense(weights: [[1, -1], [0.5, 2]], bias: [0, -3]), ReLU()]
var h = [1.0, 2.0]
do {
    for module in modules { h = try module(h); print(module.name, h) }
    _ = try modules[0]([1, 2, 3])
} catch ShapeError.mismatch(let expected, let got) {
    print("expected \(expected) inputs, got \(got)")
}
let net = Sequential(first: Dense(weights: [[2, 0], [0, -2]], bias: [1, 1]), activation: ReLU())
print(try net([1, 1]), try net.first([1, 1]))
