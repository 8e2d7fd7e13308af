// Descriptive statistics across cells.
import Foundation
let heights: [Double] = [1.62, 1.75, 1.80, 1.68, 1.71, 1.90, 1.55]
// --- cell ---
func mean(_ xs: [Double]) -> Double { xs.reduce(0, +) / Double(xs.count) }
func variance(_ xs: [Double]) -> Double {
    let m = mean(xs)
    return xs.map { ($0 - m) * ($0 - m) }.reduce(0, +) / Double(xs.count - 1)
}
func median(_ xs: [Double]) -> Double {
    let sorted = xs.sorted()
    let mid = sorted.count / 2
    return sorted.count % 2 == 0 ? (sorted[mid - 1] + sorted[mid]) / 2 : sorted[mid]
}
// --- cell ---
print("mean:", mean(heights))
print("median:", median(heights))
print("variance:", variance(heights))
print("std:", sqrt(variance(heights)))
print(String(format: "range: %.2f - %.2f", heights.min()!, heights.max()!))
// --- cell ---
let standardized = heights.map { ($0 - mean(heights)) / sqrt(variance(heights)) }
print(standardized.map { String(format: "%+.3f", $0) }.joined(separator: " "))
let above = heights.filter { $0 > mean(heights) }.count
print("\(above) of \(heights.count) above the mean")
