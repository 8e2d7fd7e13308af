// Layers chained by their associated types, as a network composes its layers.
protocol Layer {
    associatedtype Input
    associatedtype Output
    func forward(_ x: Input) -> Output
}
struct Scale: Layer {
    var k: Double
    func forward(_ x: Double) -> Double { x * k }
}
struct Shift: Layer {
    var b: Double
    func forward(_ x: Double) -> Double { x + b }
}
struct Label: Layer {
    func forward(_ x: Double) -> String { x > 0 ? "positive \(x)" : "not positive \(x)" }
}
struct Chain<A: Layer, B: Layer>: Layer where A.Output == B.Input {
    var first: A
    var second: B
    func forward(_ x: A.Input) -> B.Output { second.forward(first.forward(x)) }
}
extension Chain where A.Input == Double {
    func forwardAll(_ xs: [Double]) -> [B.Output] { xs.map { forward($0) } }
}
extension Chain where B.Output == String {
    func describe(_ x: A.Input) -> String { "<" + forward(x) + ">" }
}
let affine = Chain(first: Scale(k: 2), second: Shift(b: -1))
print(affine.forward(3))
print(affine.forwardAll([0, 0.5, 1]))
let classify = Chain(first: affine, second: Label())
print(classify.forward(1))
print(classify.forwardAll([-1, 2]))
print(classify.describe(0.25))
