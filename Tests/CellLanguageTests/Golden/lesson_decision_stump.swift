// Lesson: choosing the best split for a decision stump with Gini impurity.
import Foundation
struct Point {
    let hours: Double      // hours of study
    let sleep: Double      // hours of sleep
    let passed: Bool
}
let data = [
    Point(hours: 1, sleep: 8, passed: false), Point(hours: 2, sleep: 5, passed: false),
    Point(hours: 3, sleep: 7, passed: false), Point(hours: 4, sleep: 6, passed: true),
    Point(hours: 5, sleep: 4, passed: false), Point(hours: 6, sleep: 8, passed: true),
    Point(hours: 7, sleep: 7, passed: true), Point(hours: 8, sleep: 5, passed: true),
]

func gini(_ group: [Point]) -> Double {
    if group.isEmpty { return 0 }
    let p = Double(group.filter { $0.passed }.count) / Double(group.count)
    return 1 - p * p - (1 - p) * (1 - p)
}

func weightedGini(_ left: [Point], _ right: [Point]) -> Double {
    let n = Double(left.count + right.count)
    return Double(left.count) / n * gini(left) + Double(right.count) / n * gini(right)
}

print(String(format: "gini of the whole set: %.4f", gini(data)))

func featureValue(_ p: Point, _ feature: String) -> Double {
    feature == "hours" ? p.hours : p.sleep
}

var best: (feature: String, threshold: Double, impurity: Double)? = nil
for feature in ["hours", "sleep"] {
    let values = Set(data.map { featureValue($0, feature) }).sorted()
    for (a, b) in zip(values, values.dropFirst()) {
        let threshold = (a + b) / 2
        let left = data.filter { featureValue($0, feature) <= threshold }
        let right = data.filter { featureValue($0, feature) > threshold }
        let impurity = weightedGini(left, right)
        print(String(format: "%@ <= %.1f: %.4f", feature, threshold, impurity))
        if best == nil || impurity < best!.impurity {
            best = (feature: feature, threshold: threshold, impurity: impurity)
        }
    }
}
if let b = best {
    print("best split:", b.feature, b.threshold, String(format: "%.4f", b.impurity))
}

// Predict with the chosen stump.
let predictions = data.map { $0.hours > 3.5 }
let correct = zip(predictions, data).filter { $0.0 == $0.1.passed }.count
print("training accuracy:", correct, "/", data.count)
print(data.filter { ($0.hours > 3.5) != $0.passed }.map { $0 })
