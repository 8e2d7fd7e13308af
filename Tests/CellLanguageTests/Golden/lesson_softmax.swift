// Lesson: softmax, cross-entropy and accuracy for a three-class classifier.
import Foundation
let classes = ["gatto", "cane", "uccello"]

func softmax(_ logits: [Double]) -> [Double] {
    let m = logits.max() ?? 0
    let e = logits.map { exp($0 - m) }
    let total = e.reduce(0, +)
    return e.map { $0 / total }
}

func argmax(_ values: [Double]) -> Int {
    var best = 0
    for i in values.indices where values[i] > values[best] { best = i }
    return best
}

func crossEntropy(_ probabilities: [Double], target: Int) -> Double {
    -log(max(probabilities[target], 1e-12))
}

let batch: [[Double]] = [
    [2.0, 0.5, -1.0],
    [0.1, 0.2, 0.3],
    [-1.0, 3.0, 0.0],
    [1.0, 1.0, 1.0],
    [0.0, -2.0, 4.0],
]
let targets = [0, 2, 1, 0, 2]

var totalLoss = 0.0
var correct = 0
for (logits, target) in zip(batch, targets) {
    let p = softmax(logits)
    let predicted = argmax(p)
    let loss = crossEntropy(p, target: target)
    totalLoss += loss
    if predicted == target { correct += 1 }
    let shown = p.map { String(format: "%.3f", $0) }.joined(separator: " ")
    print("[\(shown)] -> \(classes[predicted]) (vero: \(classes[target])) loss \(String(format: "%.4f", loss))")
}
print(String(format: "mean loss %.4f", totalLoss / Double(batch.count)))
print("accuracy:", Double(correct) / Double(batch.count))

// Temperature changes how peaked the distribution is.
let logits = [2.0, 1.0, 0.0]
for temperature in [0.5, 1.0, 2.0, 10.0] {
    let p = softmax(logits.map { $0 / temperature })
    print(temperature, p.map { ($0 * 1000).rounded() / 1000 })
}

// Softmax is invariant to adding a constant.
let shifted = softmax(logits.map { $0 + 100 })
let original = softmax(logits)
let maxDifference = zip(shifted, original).map { abs($0 - $1) }.max()!
print("max difference after shift:", maxDifference < 1e-12)

// Gradient of the loss with respect to the logits: p - onehot.
let p = softmax(batch[0])
let gradient = p.enumerated().map { $0.element - ($0.offset == targets[0] ? 1.0 : 0.0) }
print(gradient.map { String(format: "%+.4f", $0) })
print(String(format: "%.1e", abs(gradient.reduce(0, +))))
