// Lesson: a perceptron learns the logical AND and OR functions.
import Foundation
struct Example {
    let inputs: [Double]
    let target: Double
}
let andData = [
    Example(inputs: [0, 0], target: 0), Example(inputs: [0, 1], target: 0),
    Example(inputs: [1, 0], target: 0), Example(inputs: [1, 1], target: 1),
]
let orData = [
    Example(inputs: [0, 0], target: 0), Example(inputs: [0, 1], target: 1),
    Example(inputs: [1, 0], target: 1), Example(inputs: [1, 1], target: 1),
]
// --- cell ---
struct Perceptron {
    var weights: [Double]
    var bias: Double = 0
    var learningRate = 0.1

    func output(_ inputs: [Double]) -> Double {
        var sum = bias
        for (w, x) in zip(weights, inputs) { sum += w * x }
        return sum > 0 ? 1 : 0
    }

    mutating func train(on data: [Example], epochs: Int) -> [Int] {
        var errorsPerEpoch: [Int] = []
        for _ in 0..<epochs {
            var errors = 0
            for example in data {
                let error = example.target - output(example.inputs)
                if error != 0 { errors += 1 }
                for i in weights.indices {
                    weights[i] += learningRate * error * example.inputs[i]
                }
                bias += learningRate * error
            }
            errorsPerEpoch.append(errors)
            if errors == 0 { break }
        }
        return errorsPerEpoch
    }
}
// --- cell ---
var andUnit = Perceptron(weights: [0, 0])
let andErrors = andUnit.train(on: andData, epochs: 20)
print("AND errors per epoch:", andErrors)
print(andUnit.weights, String(format: "%.2f", andUnit.bias))
for e in andData { print(e.inputs, "->", andUnit.output(e.inputs)) }
// --- cell ---
var orUnit = Perceptron(weights: [0, 0], learningRate: 0.25)
let orErrors = orUnit.train(on: orData, epochs: 20)
print("OR errors per epoch:", orErrors)
print(orUnit)
let allCorrect = orData.allSatisfy { orUnit.output($0.inputs) == $0.target }
print("all correct:", allCorrect)
// --- cell ---
// XOR is not linearly separable: training never reaches zero errors.
let xorData = [
    Example(inputs: [0, 0], target: 0), Example(inputs: [0, 1], target: 1),
    Example(inputs: [1, 0], target: 1), Example(inputs: [1, 1], target: 0),
]
var xorUnit = Perceptron(weights: [0, 0])
let xorErrors = xorUnit.train(on: xorData, epochs: 10)
print("XOR errors per epoch:", xorErrors)
print("converged:", xorErrors.last == 0)
