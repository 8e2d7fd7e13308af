// A lesson on a labelled dataset: structs, enums and dictionaries across cells.
import Foundation
enum Species: String, CaseIterable { case setosa, versicolor }
struct Flower {
    var petalLength: Double
    var petalWidth: Double
    var species: Species
}
let flowers = [
    Flower(petalLength: 1.4, petalWidth: 0.2, species: .setosa),
    Flower(petalLength: 1.3, petalWidth: 0.2, species: .setosa),
    Flower(petalLength: 4.7, petalWidth: 1.4, species: .versicolor),
    Flower(petalLength: 4.5, petalWidth: 1.5, species: .versicolor),
]
// --- cell ---
var bySpecies: [Species: [Flower]] = [:]
for f in flowers { bySpecies[f.species, default: []].append(f) }
for species in Species.allCases {
    let group = bySpecies[species] ?? []
    let meanLength = group.map { $0.petalLength }.reduce(0, +) / Double(group.count)
    print(species.rawValue, group.count, String(format: "%.2f", meanLength))
}
// --- cell ---
func classify(length: Double) -> Species { length < 2.5 ? .setosa : .versicolor }
var correct = 0
for (i, f) in flowers.enumerated() {
    let predicted = classify(length: f.petalLength)
    if predicted == f.species { correct += 1 }
    print(i, predicted, predicted == f.species)
}
print("accuracy:", Double(correct) / Double(flowers.count))
print(flowers[0])
