// Regression: `max(by:)` returns the first of equal largest elements, like Swift.
// Lesson: a character bigram model that generates names deterministically.
import Foundation
let names = ["anna", "marco", "maria", "mario", "carla", "carlo", "nina", "nico", "rina", "aldo"]
let start: Character = "^"
let end: Character = "$"
// --- cell ---
var counts: [String: [Character: Int]] = [:]
for name in names {
    let chars = [start] + Array(name) + [end]
    for (a, b) in zip(chars, chars.dropFirst()) {
        counts[String(a), default: [:]][b, default: 0] += 1
    }
}
print("contexts:", counts.keys.sorted())
let afterStart = counts["^"]!
for ch in afterStart.keys.sorted() { print("^ ->", ch, afterStart[ch]!) }
// --- cell ---
func probabilities(after context: Character) -> [(Character, Double)] {
    let row = counts[String(context)] ?? [:]
    let total = row.values.reduce(0, +)
    return row.keys.sorted().map { ($0, Double(row[$0]!) / Double(total)) }
}
for (ch, p) in probabilities(after: "a") {
    print("a ->", ch, String(format: "%.3f", p))
}
// --- cell ---
// Greedy generation: always take the most likely next character (ties: alphabetical).
func generate(from first: Character, maxLength: Int = 8) -> String {
    var result = ""
    var current = first
    while result.count < maxLength {
        let options = probabilities(after: current)
        guard let best = options.max(by: { $0.1 < $1.1 }) else { break }
        if best.0 == end { break }
        result.append(best.0)
        current = best.0
    }
    return result
}
print(generate(from: start))
for first in ["m", "c", "n"] {
    print(first + generate(from: Character(first)))
}
// --- cell ---
// Average negative log-likelihood of the training names.
var nll = 0.0
var pairsSeen = 0
for name in names {
    let chars = [start] + Array(name) + [end]
    for (a, b) in zip(chars, chars.dropFirst()) {
        let row = counts[String(a)]!
        let p = Double(row[b]!) / Double(row.values.reduce(0, +))
        nll -= log(p)
        pairsSeen += 1
    }
}
print(pairsSeen, String(format: "%.4f", nll / Double(pairsSeen)))
