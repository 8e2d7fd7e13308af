// Lesson: k-nearest neighbours on a tiny dataset of fruits.
import Foundation
struct Fruit {
    let weight: Double   // grams
    let sweetness: Double   // 0-10
    let kind: String
}
let training = [
    Fruit(weight: 150, sweetness: 7, kind: "mela"),
    Fruit(weight: 170, sweetness: 6, kind: "mela"),
    Fruit(weight: 140, sweetness: 8, kind: "mela"),
    Fruit(weight: 120, sweetness: 3, kind: "limone"),
    Fruit(weight: 100, sweetness: 2, kind: "limone"),
    Fruit(weight: 110, sweetness: 4, kind: "limone"),
    Fruit(weight: 300, sweetness: 9, kind: "mango"),
    Fruit(weight: 280, sweetness: 8, kind: "mango"),
]
print(training.count, "examples")
// --- cell ---
// Scale features to [0, 1] so that grams do not dominate.
let minWeight = training.map { $0.weight }.min()!
let maxWeight = training.map { $0.weight }.max()!
func features(weight: Double, sweetness: Double) -> (Double, Double) {
    ((weight - minWeight) / (maxWeight - minWeight), sweetness / 10)
}
func distance(_ a: (Double, Double), _ b: (Double, Double)) -> Double {
    let dx = a.0 - b.0
    let dy = a.1 - b.1
    return (dx * dx + dy * dy).squareRoot()
}
print(features(weight: 150, sweetness: 7))
// --- cell ---
func classify(weight: Double, sweetness: Double, k: Int = 3) -> (kind: String, votes: Int) {
    let query = features(weight: weight, sweetness: sweetness)
    let neighbours = training
        .map { (fruit: $0, d: distance(query, features(weight: $0.weight, sweetness: $0.sweetness))) }
        .sorted { $0.d < $1.d }
        .prefix(k)
    var votes: [String: Int] = [:]
    for n in neighbours { votes[n.fruit.kind, default: 0] += 1 }
    let winner = votes.keys.sorted().max { votes[$0]! < votes[$1]! }!
    return (winner, votes[winner]!)
}
let queries: [(Double, Double)] = [(160, 7), (105, 3), (290, 9), (200, 5)]
for (w, s) in queries {
    let result = classify(weight: w, sweetness: s)
    print("\(w) g, dolcezza \(s): \(result.kind) (\(result.votes)/3)")
}
// --- cell ---
// Leave-one-out accuracy for several k.
for k in [1, 3, 5] {
    var correct = 0
    for (i, fruit) in training.enumerated() {
        let others = training.enumerated().filter { $0.offset != i }.map { $0.element }
        let query = features(weight: fruit.weight, sweetness: fruit.sweetness)
        let nearest = others.sorted {
            distance(query, features(weight: $0.weight, sweetness: $0.sweetness)) <
                distance(query, features(weight: $1.weight, sweetness: $1.sweetness))
        }.prefix(k)
        let kinds = nearest.map { $0.kind }
        let predicted = Set(kinds).sorted().max { a, b in kinds.filter { $0 == a }.count < kinds.filter { $0 == b }.count }!
        if predicted == fruit.kind { correct += 1 }
    }
    print("k = \(k): \(correct)/\(training.count)")
}
