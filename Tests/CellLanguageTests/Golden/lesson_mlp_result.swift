import Foundation
// A tiny multilayer perceptron trained on XOR-like data, with a generic dataset and validated batches.
protocol Layer {
    mutating func forward(_ input: [Double]) -> [Double]
    var parameterCount: Int { get }
}

struct Dense: Layer {
    var weights: [[Double]]
    var bias: [Double]
    init(inputs: Int, outputs: Int, seed: Int) {
        var state = UInt64(seed)
        func next() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 33) / Double(1 << 31) - 0.5
        }
        weights = (0..<outputs).map { _ in (0..<inputs).map { _ in next() } }
        bias = Array(repeating: 0, count: outputs)
    }
    func forward(_ input: [Double]) -> [Double] {
        zip(weights, bias).map { row, b in zip(row, input).map(*).reduce(b, +) }
    }
    var parameterCount: Int { weights.count * (weights.first?.count ?? 0) + bias.count }
}

struct Activation: Layer {
    let name: String
    let f: (Double) -> Double
    func forward(_ input: [Double]) -> [Double] { input.map(f) }
    var parameterCount: Int { 0 }
}

struct MLP {
    var layers: [any Layer]
    mutating func predict(_ x: [Double]) -> [Double] {
        var h = x
        for i in layers.indices { h = layers[i].forward(h) }
        return h
    }
    var parameterCount: Int { layers.map(\.parameterCount).reduce(0, +) }
}

struct Dataset<Element> {
    var items: [Element]
    var count: Int { items.count }
    func batches(of size: Int) -> [[Element]] {
        let n: Int = items.count
        return stride(from: 0, to: n, by: size).map { start in
            let end = start + size
            return Array(items[start..<(end < n ? end : n)])
        }
    }
    func map<T>(_ transform: (Element) -> T) -> Dataset<T> { Dataset<T>(items: items.map(transform)) }
}

enum BatchError: Error { case empty, badLabel(Double) }

func validate(_ batch: [(x: [Double], y: Double)]) -> Result<Int, BatchError> {
    guard !batch.isEmpty else { return .failure(.empty) }
    if let bad = batch.first(where: { $0.y != 0 && $0.y != 1 }) { return .failure(.badLabel(bad.y)) }
    return .success(batch.count)
}

let relu = Activation(name: "relu") { max(0, $0) }
let sigmoid = Activation(name: "sigmoid") { 1 / (1 + exp(-$0)) }
var model = MLP(layers: [Dense(inputs: 2, outputs: 4, seed: 1), relu, Dense(inputs: 4, outputs: 1, seed: 2), sigmoid])
print("parameters:", model.parameterCount)
let data = Dataset(items: [([0.0, 0.0], 0.0), ([0.0, 1.0], 1.0), ([1.0, 0.0], 1.0), ([1.0, 1.0], 0.0), ([0.5, 0.5], 2.0)])
    .map { (x: $0.0, y: $0.1) }
print("examples:", data.count)
var seen = 0
for (i, batch) in data.batches(of: 2).enumerated() {
    switch validate(batch) {
    case .success(let n):
        seen += n
        let losses = batch.map { example -> Double in
            let p = model.predict(example.x)[0]
            return -(example.y * log(p) + (1 - example.y) * log(1 - p))
        }
        let mean = losses.reduce(0, +) / Double(losses.count)
        print("batch \(i): loss \((mean * 1000).rounded() / 1000)")
    case .failure(let error):
        print("batch \(i) skipped: \(error)")
    }
}
print("seen \(seen) of \(data.count)")
let shapes = model.layers.map { type(of: $0) }
print(shapes.map { "\($0)" }.joined(separator: " -> "))
