// Regression: `Dictionary(grouping: xs) { ... }` with a trailing closure.
// Dictionaries: grouping, building and counting (printed with sorted keys).
import Foundation
let animals = ["gatto", "cane", "cavallo", "gallina", "capra", "asino", "anatra", "gufo"]

let byInitial = Dictionary(grouping: animals, by: { $0.first! })
for initial in byInitial.keys.sorted() {
    print(initial, byInitial[initial]!)
}

let byLength = Dictionary(grouping: animals) { $0.count }
for length in byLength.keys.sorted() {
    print(length, byLength[length]!.sorted())
}

let legs = [4, 4, 4, 2, 4, 4, 2, 2]
let legsByAnimal = Dictionary(uniqueKeysWithValues: zip(animals, legs))
print(legsByAnimal["gufo"]!, legsByAnimal["drago"] as Any)
print(legsByAnimal["drago", default: 0])
print(legsByAnimal.count, legsByAnimal.isEmpty)
print(legsByAnimal.keys.sorted())
print(legsByAnimal.values.sorted())
print(legsByAnimal.values.reduce(0, +))

// Counting with subscript default.
var legCount: [Int: Int] = [:]
for l in legs { legCount[l, default: 0] += 1 }
for key in legCount.keys.sorted() { print("\(key) legs: \(legCount[key]!)") }

// Updating and removing.
var stock: [String: Int] = ["mele": 5, "pere": 2]
stock["banane"] = 7
stock["mele", default: 0] += 3
stock["pere"] = nil
let old = stock["banane"]
stock["banane"] = 10
print(old as Any)
let gone = stock.removeValue(forKey: "kiwi")
print(gone as Any)
for fruit in stock.keys.sorted() { print(fruit, stock[fruit]!) }

// Transforming.
let doubled = stock.mapValues { $0 * 2 }
print(doubled.keys.sorted().map { "\($0)=\(doubled[$0]!)" })
let plenty = stock.filter { $0.value > 9 }
print(plenty.keys.sorted())
let ordered = stock.sorted { $0.key < $1.key }
print(ordered)
print(ordered.map { $0.value })

// A single-entry dictionary prints deterministically.
let single = ["unico": 1]
print(single)
let emptyDict: [String: Double] = [:]
print(emptyDict, emptyDict.isEmpty)

// Nested dictionaries of arrays.
var lessons: [String: [String]] = [:]
lessons["lunedi", default: []].append("algebra")
lessons["lunedi", default: []].append("storia")
lessons["martedi", default: []].append("fisica")
for day in lessons.keys.sorted() { print(day, lessons[day]!) }
