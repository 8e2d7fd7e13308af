// A lesson-style cell sequence: data, model, gradient descent, report.
import Foundation
let xs: [Double] = [1, 2, 3, 4, 5]
let ys: [Double] = [2.1, 3.9, 6.2, 7.8, 10.1]
// --- cell ---
func predict(_ x: Double, slope: Double, intercept: Double) -> Double {
    slope * x + intercept
}
func meanSquaredError(slope: Double, intercept: Double) -> Double {
    var total = 0.0
    for i in 0..<xs.count {
        let error = predict(xs[i], slope: slope, intercept: intercept) - ys[i]
        total += error * error
    }
    return total / Double(xs.count)
}
print(String(format: "initial loss: %.4f", meanSquaredError(slope: 0, intercept: 0)))
// --- cell ---
var slope = 0.0
var intercept = 0.0
let learningRate = 0.01
var history: [Double] = []
for epoch in 0..<200 {
    var gradSlope = 0.0
    var gradIntercept = 0.0
    for i in 0..<xs.count {
        let error = predict(xs[i], slope: slope, intercept: intercept) - ys[i]
        gradSlope += 2 * error * xs[i] / Double(xs.count)
        gradIntercept += 2 * error / Double(xs.count)
    }
    slope -= learningRate * gradSlope
    intercept -= learningRate * gradIntercept
    if epoch % 50 == 0 {
        history.append(meanSquaredError(slope: slope, intercept: intercept))
    }
}
// --- cell ---
print(String(format: "slope = %.4f, intercept = %.4f", slope, intercept))
print(history.map { String(format: "%.3f", $0) })
print(slope, intercept)
