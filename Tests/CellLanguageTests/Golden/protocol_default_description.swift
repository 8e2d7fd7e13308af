// A protocol inheriting CustomStringConvertible whose extension gives the description; operators as functions
// of one pair (zip(a, b).map(*)); callAsFunction from a protocol extension.
protocol Layer: CustomStringConvertible {
    var name: String { get }
    func forward(_ x: [Double]) -> [Double]
}
extension Layer {
    var description: String { "Layer(\(name))" }
    func callAsFunction(_ x: [Double]) -> [Double] { forward(x) }
}
class Dense: Layer {
    let weights: [[Double]]
    let bias: [Double]
    var name: String { "dense \(weights.count)x\(weights.first?.count ?? 0)" }
    init(weights: [[Double]], bias: [Double]) { self.weights = weights; self.bias = bias }
    func forward(_ x: [Double]) -> [Double] {
        zip(weights, bias).map { row, b in zip(row, x).map(*).reduce(b, +) }
    }
}
final class ReLU: Layer {
    let name = "relu"
    func forward(_ x: [Double]) -> [Double] { x.map { max(0, $0) } }
}
class Scaled: Dense {
    let factor: Double
    init(factor: Double) { self.factor = factor; super.init(weights: [[1, 0], [0, 1]], bias: [0, 0]) }
    override func forward(_ x: [Double]) -> [Double] { super.forward(x).map { $0 * factor } }
    override var name: String { "scaled \(factor)" }
}
let net: [Layer] = [Dense(weights: [[1, -1], [0.5, 2]], bias: [0, -1]), ReLU(), Scaled(factor: 3)]
var x = [1.0, 2.0]
for layer in net { x = layer(x); print(layer, x) }
print(net.map(\.name))
