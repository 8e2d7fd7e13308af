// Lesson: fitting a line y = w x + b by gradient descent.
import Foundation
let xs: [Double] = [1, 2, 3, 4, 5, 6]
let ys: [Double] = [2.9, 5.1, 7.0, 8.8, 11.2, 13.1]
var w = 0.0
var b = 0.0
let learningRate = 0.02
// --- cell ---
func predict(_ x: Double) -> Double { w * x + b }
func meanSquaredError() -> Double {
    var total = 0.0
    for (x, y) in zip(xs, ys) {
        let e = predict(x) - y
        total += e * e
    }
    return total / Double(xs.count)
}
print("initial loss:", meanSquaredError())
// --- cell ---
var losses: [Double] = []
for epoch in 1...200 {
    var gradW = 0.0
    var gradB = 0.0
    for (x, y) in zip(xs, ys) {
        let e = predict(x) - y
        gradW += 2 * e * x
        gradB += 2 * e
    }
    w -= learningRate * gradW / Double(xs.count)
    b -= learningRate * gradB / Double(xs.count)
    losses.append(meanSquaredError())
    if epoch % 50 == 0 {
        print(String(format: "epoch %3d  w = %.4f  b = %.4f  loss = %.5f", epoch, w, b, losses.last!))
    }
}
// --- cell ---
// Closed-form least squares for comparison.
let n = Double(xs.count)
let meanX = xs.reduce(0, +) / n
let meanY = ys.reduce(0, +) / n
var sxy = 0.0
var sxx = 0.0
for (x, y) in zip(xs, ys) {
    sxy += (x - meanX) * (y - meanY)
    sxx += (x - meanX) * (x - meanX)
}
let slope = sxy / sxx
let intercept = meanY - slope * meanX
print(String(format: "least squares: w = %.4f  b = %.4f", slope, intercept))
print(String(format: "difference: %.4f %.4f", abs(slope - w), abs(intercept - b)))
// --- cell ---
let decreasing = zip(losses, losses.dropFirst()).allSatisfy { $0.1 <= $0.0 }
print("loss always decreasing:", decreasing)
print(String(format: "prediction for x = 10: %.3f", predict(10)))
let residuals = zip(xs, ys).map { String(format: "%+.2f", $0.1 - predict($0.0)) }
print(residuals.joined(separator: " "))
