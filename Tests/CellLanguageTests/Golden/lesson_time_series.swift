// Regression: `max(by:)` returns the first of equal largest elements, like Swift.
// Lesson: moving averages and simple trends on daily temperatures.
import Foundation
let days = ["lun", "mar", "mer", "gio", "ven", "sab", "dom", "lun", "mar", "mer"]
let temps: [Double] = [12.5, 13.0, 15.5, 14.0, 16.5, 18.0, 17.5, 19.0, 20.5, 19.5]
// --- cell ---
func movingAverage(_ values: [Double], window: Int) -> [Double] {
    guard window > 0, values.count >= window else { return [] }
    var result: [Double] = []
    var sum = values.prefix(window).reduce(0, +)
    result.append(sum / Double(window))
    for i in window..<values.count {
        sum += values[i] - values[i - window]
        result.append(sum / Double(window))
    }
    return result
}
let ma3 = movingAverage(temps, window: 3)
print(ma3.map { String(format: "%.2f", $0) })
print(movingAverage(temps, window: 20).isEmpty)
// --- cell ---
// Day-to-day changes and the largest jump.
let changes = zip(temps.dropFirst(), temps).map { $0 - $1 }
print(changes)
let biggest = changes.indices.max { abs(changes[$0]) < abs(changes[$1]) }!
print("largest change: \(days[biggest]) -> \(days[biggest + 1]): \(changes[biggest])")
let warmerDays = changes.filter { $0 > 0 }.count
print("warmer than the day before:", warmerDays, "of", changes.count)
// --- cell ---
// Exponential smoothing.
func smooth(_ values: [Double], alpha: Double) -> [Double] {
    var result: [Double] = []
    for v in values {
        if let previous = result.last {
            result.append(alpha * v + (1 - alpha) * previous)
        } else {
            result.append(v)
        }
    }
    return result
}
for alpha in [0.2, 0.8] {
    print(alpha, smooth(temps, alpha: alpha).suffix(3).map { String(format: "%.3f", $0) })
}
// --- cell ---
// Linear trend through the index.
let n = Double(temps.count)
let t = temps.indices.map { Double($0) }
let meanT = t.reduce(0, +) / n
let meanY = temps.reduce(0, +) / n
let covariance: Double = zip(t, temps).map { ($0 - meanT) * ($1 - meanY) }.reduce(0, +)
let spread: Double = t.map { ($0 - meanT) * ($0 - meanT) }.reduce(0, +)
let slope = covariance / spread
print(String(format: "trend: %+.3f gradi al giorno", slope))
print(String(format: "forecast for day %d: %.2f", temps.count, meanY + slope * (n - meanT)))
let maxTemp = temps.max()!
print("hottest:", days[temps.firstIndex(of: maxTemp)!], maxTemp)
