// A lesson split in cells: a single neuron learns AND with the perceptron rule.
import Foundation
let inputs: [[Double]] = [[0, 0], [0, 1], [1, 0], [1, 1]]
let targets: [Double] = [0, 0, 0, 1]
var weights: [Double] = [0.0, 0.0]
var bias = 0.0
// --- cell ---
func activation(_ z: Double) -> Double { z > 0 ? 1 : 0 }
func predict(_ x: [Double]) -> Double {
    var z = bias
    for i in 0..<x.count { z += weights[i] * x[i] }
    return activation(z)
}
print(inputs.map(predict))
// --- cell ---
let rate = 0.1
for epoch in 1...10 {
    var errors = 0
    for (i) in 0..<inputs.count {
        let error = targets[i] - predict(inputs[i])
        if error != 0 { errors += 1 }
        for j in 0..<weights.count { weights[j] += rate * error * inputs[i][j] }
        bias += rate * error
    }
    print("epoch \(epoch): errors = \(errors)")
    if errors == 0 { break }
}
// --- cell ---
print(weights, bias)
print(inputs.map(predict))
print(String(format: "w = [%.2f, %.2f], b = %.2f", weights[0], weights[1], bias))
