// Lesson: a 2-2-1 neural network learns XOR with backpropagation written by hand.
import Foundation
let inputs: [[Double]] = [[0, 0], [0, 1], [1, 0], [1, 1]]
let targets: [Double] = [0, 1, 1, 0]
func sigmoid(_ x: Double) -> Double { 1 / (1 + exp(-x)) }
// Fixed initial weights so that the run is deterministic.
var w1: [[Double]] = [[0.5, -0.4], [0.9, 0.3]]   // (hidden, input)
var b1: [Double] = [0.1, -0.2]
var w2: [Double] = [0.7, -0.6]
var b2 = 0.05
let learningRate = 0.8
// --- cell ---
func forward(_ x: [Double]) -> (hidden: [Double], output: Double) {
    var hidden: [Double] = []
    for j in 0..<2 {
        hidden.append(sigmoid(w1[j][0] * x[0] + w1[j][1] * x[1] + b1[j]))
    }
    let output = sigmoid(w2[0] * hidden[0] + w2[1] * hidden[1] + b2)
    return (hidden, output)
}
func loss() -> Double {
    var total = 0.0
    for (x, t) in zip(inputs, targets) {
        let y = forward(x).output
        total += (y - t) * (y - t)
    }
    return total / 4
}
print(String(format: "initial loss %.5f", loss()))
// --- cell ---
for epoch in 1...3000 {
    for (x, t) in zip(inputs, targets) {
        let (h, y) = forward(x)
        let deltaOut = (y - t) * y * (1 - y)
        var deltaHidden = [0.0, 0.0]
        for j in 0..<2 {
            deltaHidden[j] = deltaOut * w2[j] * h[j] * (1 - h[j])
        }
        for j in 0..<2 {
            w2[j] -= learningRate * deltaOut * h[j]
            for i in 0..<2 {
                w1[j][i] -= learningRate * deltaHidden[j] * x[i]
            }
            b1[j] -= learningRate * deltaHidden[j]
        }
        b2 -= learningRate * deltaOut
    }
    if epoch % 1000 == 0 {
        print(String(format: "epoch %4d loss %.5f", epoch, loss()))
    }
}
// --- cell ---
for (x, t) in zip(inputs, targets) {
    let y = forward(x).output
    print(x, t, String(format: "%.3f", y), y > 0.5 ? 1 : 0)
}
let accuracy = zip(inputs, targets).filter { (forward($0.0).output > 0.5 ? 1.0 : 0.0) == $0.1 }.count
print("correct:", accuracy, "of", inputs.count)
