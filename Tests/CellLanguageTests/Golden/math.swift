// Math functions from Foundation.
import Foundation
print(exp(1.0), log(10.0), sqrt(2.0), pow(2.0, 10.0))
print(sin(0.5), cos(0.5), tan(0.5), tanh(0.5))
print(abs(-3), abs(-2.5), min(3, 1, 2), max(1.5, 0.5))
print(floor(2.7), ceil(2.1), round(2.5), floor(-2.5))
print(log2(8.0), log10(1000.0), atan2(1.0, 1.0))
print(exp(0.0), log(1.0), sqrt(16))
let x = 0.3
let sigmoid = 1 / (1 + exp(-x))
print(sigmoid)
print(Double.pi / 4, sin(Double.pi / 2))
print((2.5).rounded(), (3.7).rounded(), (-2.5).rounded())
print(7.5.truncatingRemainder(dividingBy: 2))
print(2.0.squareRoot())
let values = [1.0, 2.0, 3.0, 4.0]
let mean = values.reduce(0, +) / Double(values.count)
let variance = values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(values.count)
print(mean, variance, sqrt(variance))
print(pow(1.0 + 0.05, 10.0))
print(abs(Int.min + 1))
