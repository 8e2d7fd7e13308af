// Higher-order functions: cleaning and summarising sensor readings.
import Foundation
let readings = [21.5, -999, 22.0, 23.5, -999, 24.0, 22.5, 35.0, 21.0]

let valid = readings.filter { $0 > -100 }
print(valid)
let fahrenheit = valid.map { $0 * 9 / 5 + 32 }
print(fahrenheit)
let total = valid.reduce(0, +)
let mean = total / Double(valid.count)
print(total, mean)

// Outliers: further than 5 degrees from the mean.
let outliers = valid.filter { abs($0 - mean) > 5 }
let cleaned = valid.filter { abs($0 - mean) <= 5 }
print("outliers:", outliers)
print("cleaned:", cleaned)

// reduce(into:) builds a histogram by whole degree.
let histogram = cleaned.reduce(into: [Int: Int]()) { counts, t in
    counts[Int(t), default: 0] += 1
}
for degree in histogram.keys.sorted() {
    print(degree, String(repeating: "*", count: histogram[degree]!))
}

// reduce(into:) with an array accumulator: running maximum.
let runningMax = readings.reduce(into: [Double]()) { acc, x in
    acc.append(max(acc.last ?? x, x))
}
print(runningMax)

// Chaining.
let labels = valid
    .enumerated()
    .filter { $0.element >= 22 }
    .map { "t\($0.offset)=\($0.element)" }
print(labels)

// compactMap and flatMap.
let raw = ["3", "x", "7", "", "10"]
print(raw.compactMap { Int($0) })
let nested = [[1, 2], [3], [], [4, 5, 6]]
print(nested.flatMap { $0 })
print(nested.map { $0.count })
print(nested.flatMap { $0 }.map { $0 * $0 }.filter { $0 % 2 == 0 })

// sorted(by:) on computed keys, min(by:) and max(by:).
let words = ["apprendimento", "rete", "neurone", "dato", "modello"]
print(words.sorted { $0.count < $1.count })
print(words.min { $0.count < $1.count }!, words.max { $0.count < $1.count }!)
print(words.map { $0.count }.reduce(0, +))

// forEach.
var lengths: [Int] = []
words.forEach { lengths.append($0.count) }
print(lengths)

// reduce with a string accumulator.
let acronym = words.reduce("") { $0 + String($1.first!).uppercased() }
print(acronym)
