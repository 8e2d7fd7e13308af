// Mathematical functions used in machine learning lessons.
import Foundation
print(exp(0.0), exp(1.0), log(1.0), log(exp(2.0)))
print(sqrt(16.0), sqrt(2.0), pow(2.0, 10.0), pow(9.0, 0.5))
print(sin(0.0), cos(0.0), sin(Double.pi / 2), cos(Double.pi))
print(tanh(0.0), tanh(1.0), tanh(-20.0))
print(floor(2.7), ceil(2.1), floor(-2.7), ceil(-2.1))
print((2.5).rounded(), (3.5).rounded(), (-2.5).rounded(), (2.49).rounded())
print((7.5).truncatingRemainder(dividingBy: 2), (-7.5).truncatingRemainder(dividingBy: 2))
print(Double.pi, Double.infinity, -Double.infinity)
print(1.0 / Double.infinity, Double.infinity > 1e308)
print(abs(-3), abs(-2.5), max(3, 7), min(2.5, -1.0))

// Sigmoid and its derivative.
func sigmoid(_ x: Double) -> Double { 1 / (1 + exp(-x)) }
for x in [-4.0, -1.0, 0.0, 1.0, 4.0] {
    let s = sigmoid(x)
    print(x, String(format: "%.6f %.6f", s, s * (1 - s)))
}

// Softplus, log-sum-exp and a numerically stable softmax.
func softplus(_ x: Double) -> Double { log(1 + exp(x)) }
print(softplus(0), softplus(10))
let logits = [2.0, 1.0, 0.1]
let m = logits.max()!
let exps = logits.map { exp($0 - m) }
let sumExps = exps.reduce(0, +)
let probabilities = exps.map { $0 / sumExps }
print(probabilities)
print(probabilities.reduce(0, +))
print(m + log(sumExps))

// Distances and angles.
let dx = 3.0, dy = 4.0
print(sqrt(dx * dx + dy * dy), atan2(dy, dx), atan2(1.0, 1.0) * 4)
let degrees = 60.0
let radians = degrees * Double.pi / 180
print(sin(radians), cos(radians))

// Infinity in comparisons, for minimum searches.
var best = Double.infinity
for v in [3.2, 1.7, 2.9] where v < best { best = v }
print(best)
var worst = -Double.infinity
for v in [3.2, 1.7, 2.9] { worst = max(worst, v) }
print(worst)

// Rounding to two decimals without String(format:).
let value = 3.14159
print((value * 100).rounded() / 100, floor(value * 1000) / 1000)
print(Int(value.rounded()), Int(floor(-0.5)), Int(ceil(0.0001)))
print(log2(1024.0), log10(1000.0), exp2(3.0))
