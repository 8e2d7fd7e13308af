// String(format:) for aligned tables of experiment results.
import Foundation
let models = ["lineare", "albero", "rete neurale", "knn"]
let accuracy = [0.8125, 0.87345, 0.9312, 0.79]
let trainingSeconds = [0.42, 3.5, 128.75, 0.08]
let parameters = [11, 340, 52_000, 0]

print(String(format: "%-14@|%9@|%10@|%8@", "modello", "acc", "tempo(s)", "param"))
print(String(repeating: "-", count: 44))
for i in 0..<models.count {
    print(String(format: "%-14@|%8.2f%%|%10.3f|%8d", models[i], accuracy[i] * 100, trainingSeconds[i], parameters[i]))
}

// Padding, signs and leading zeros.
for (i, delta) in [0.5, -1.25, 0.0, 12.0].enumerated() {
    print(String(format: "run %03d: delta %+.2f", i + 1, delta))
}

// Scientific notation and general format.
let tiny = 0.000012345
let huge = 98765432.1
print(String(format: "%e | %.2e | %g | %g", tiny, tiny, tiny, huge))
print(String(format: "%.3g %.3g %g", 3.14159, 1234.5, 100.0))

// Hexadecimal and octal.
for n in [10, 255, 4096] {
    print(String(format: "%5d = 0x%04x = %o", n, n, n))
}

// Percent sign and several strings.
let done = 7, all = 9
print(String(format: "%@ ha completato %d di %d esercizi (%.0f%%)", "Luca", done, all, Double(done) / Double(all) * 100))

// Rounding to a fixed number of digits for display.
let values = [1.005, 2.675, 0.125, 10.0 / 3.0]
print(values.map { String(format: "%.2f", $0) })
print(values.map { String(format: "%.1f", $0) }.joined(separator: " "))
print(String(format: "%.0f %.0f %.0f %.0f", 0.5, 1.5, 2.5, -0.5))

// Formatting inside interpolation.
let loss = [0.69314, 0.45121, 0.30012, 0.21876]
for (epoch, value) in loss.enumerated() {
    print("epoca \(epoch + 1): loss \(String(format: "%.4f", value))")
}
