// Regression: integer literals in `map { $0 == c ? 1 : 0 }` become Double where `[Double]` is expected.
// Lesson: preparing features - min-max scaling, z-scores and one-hot encoding.
import Foundation
enum Color: String, CaseIterable {
    case red, green, blue
}
struct Car {
    let price: Double
    let km: Double
    let color: Color
}
let cars = [
    Car(price: 12000, km: 45000, color: .red),
    Car(price: 8500, km: 98000, color: .blue),
    Car(price: 15500, km: 12000, color: .green),
    Car(price: 9900, km: 67000, color: .red),
    Car(price: 21000, km: 5000, color: .blue),
]
// --- cell ---
func minMax(_ values: [Double]) -> [Double] {
    let low = values.min()!, high = values.max()!
    return values.map { (($0 - low) / (high - low) * 1000).rounded() / 1000 }
}
func zScores(_ values: [Double]) -> [Double] {
    let n = Double(values.count)
    let mean = values.reduce(0, +) / n
    let std = sqrt(values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / n)
    return values.map { (($0 - mean) / std * 1000).rounded() / 1000 }
}
let prices = cars.map { $0.price }
let kms = cars.map { $0.km }
print(minMax(prices))
print(minMax(kms))
print(zScores(prices))
print(abs(zScores(kms).reduce(0, +)) < 0.01)
// --- cell ---
func oneHot(_ color: Color) -> [Double] {
    Color.allCases.map { $0 == color ? 1 : 0 }
}
for car in cars {
    print(car.color.rawValue, oneHot(car.color))
}
let encoded = zip(zip(minMax(prices), minMax(kms)), cars).map { pair -> [Double] in
    [pair.0.0, pair.0.1] + oneHot(pair.1.color)
}
for row in encoded { print(row) }
// --- cell ---
// Column sums of the one-hot block count the cars of each color.
var counts = [Double](repeating: 0, count: Color.allCases.count)
for row in encoded {
    for i in 0..<counts.count { counts[i] += row[2 + i] }
}
print(Dictionary(uniqueKeysWithValues: zip(Color.allCases.map { $0.rawValue }, counts)).sorted { $0.key < $1.key })
print(Color(rawValue: "green") as Any, Color.allCases)
