// Functions: argument labels, default values and variadic parameters.
import Foundation
func greet(_ name: String, in language: String = "it", formal: Bool = false) -> String {
    switch language {
    case "en": return formal ? "Good morning, \(name)" : "Hi \(name)"
    default: return formal ? "Buongiorno, \(name)" : "Ciao \(name)"
    }
}
print(greet("Sara"))
print(greet("Sara", formal: true))
print(greet("Tom", in: "en"))
print(greet("Tom", in: "en", formal: true))

// Internal and external names.
func convert(celsius value: Double) -> Double { value * 9 / 5 + 32 }
func convert(fahrenheit value: Double) -> Double { (value - 32) * 5 / 9 }
print(convert(celsius: 100), convert(fahrenheit: 212))
print(convert(celsius: -40) == convert(fahrenheit: -40))

// Variadic parameters.
func average(_ values: Double...) -> Double {
    if values.isEmpty { return 0 }
    return values.reduce(0, +) / Double(values.count)
}
print(average(1, 2, 3, 4), average(10), average())

func joinAll(_ parts: String..., separator: String = ", ") -> String {
    parts.joined(separator: separator)
}
print(joinAll("a", "b", "c"))
print(joinAll("x", "y", separator: " | "))

// A linear model with labelled parameters and a default intercept.
func predict(x: Double, slope m: Double, intercept q: Double = 0) -> Double {
    m * x + q
}
let xs = [0.0, 1.0, 2.0, 3.0]
print(xs.map { predict(x: $0, slope: 2) })
print(xs.map { predict(x: $0, slope: 0.5, intercept: 1) })

// Functions as values.
func double(_ x: Int) -> Int { x * 2 }
func negate(_ x: Int) -> Int { -x }
let pipeline: [(Int) -> Int] = [double, negate, double]
var value = 3
for f in pipeline { value = f(value) }
print(value)
print([1, 2, 3].map(double))

// Nested functions see the enclosing parameters.
func normalize(_ values: [Double]) -> [Double] {
    let low = values.min() ?? 0
    let high = values.max() ?? 1
    func scale(_ v: Double) -> Double {
        high == low ? 0 : (v - low) / (high - low)
    }
    return values.map(scale)
}
print(normalize([10, 15, 20, 30]))
print(normalize([5, 5]))

// Discardable results and functions without return values.
func logLine(_ message: String, level: Int = 1) {
    print(String(repeating: "  ", count: level) + message)
}
logLine("start", level: 0)
logLine("step")
logLine("detail", level: 2)
