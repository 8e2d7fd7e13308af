// Ranges and strides for sampling a function and slicing data.
import Foundation
let r = 2..<7
let c = 2...7
print(r, c, r.count, c.count)
print(r.lowerBound, r.upperBound, c.lowerBound, c.upperBound)
print(r.contains(7), c.contains(7), r.contains(2))
print(Array(r), Array(c.reversed()))
print(r.map { $0 * 10 }, c.filter { $0 % 3 == 0 }, r.reduce(0, +))
print((1...5).map { Double($0) / 2 })

// Sampling f(x) = x^2 - 2 on [0, 2] and locating the sign change.
func f(_ x: Double) -> Double { x * x - 2 }
let xs = stride(from: 0.0, through: 2.0, by: 0.25).map { $0 }
let ys = xs.map(f)
print(xs)
print(ys)
var bracket = (low: 0.0, high: 0.0)
for i in 1..<xs.count where ys[i - 1] < 0 && ys[i] >= 0 {
    bracket = (low: xs[i - 1], high: xs[i])
}
print(bracket)

// Bisection inside the bracket.
var low = bracket.low
var high = bracket.high
for _ in 1...30 {
    let mid = (low + high) / 2
    if f(mid) < 0 { low = mid } else { high = mid }
}
print(String(format: "%.6f", (low + high) / 2))

// Batches of a dataset through strided start indices.
let data = Array(1...11)
let batchSize = 4
for start in stride(from: 0, to: data.count, by: batchSize) {
    let end = min(start + batchSize, data.count)
    print(start..<end, Array(data[start..<end]))
}

// Double ranges: membership and bounds.
let unit = 0.0...1.0
let halfOpen = 0.0..<0.5
print(unit.contains(1.0), halfOpen.contains(0.5), unit.lowerBound, halfOpen.upperBound)
for p in [-0.1, 0.0, 0.3, 0.7, 1.2] {
    let zone = halfOpen.contains(p) ? "prima meta" : unit.contains(p) ? "seconda meta" : "fuori"
    print(p, zone)
}

// Counting down and every other element.
print(stride(from: 10, through: 0, by: -5).map { $0 }, stride(from: 1, to: 10, by: 3).map { $0 * $0 })
print((0..<10).filter { $0 % 2 == 1 }.reversed().map { $0 })
