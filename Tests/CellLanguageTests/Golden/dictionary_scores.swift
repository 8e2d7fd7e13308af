// Dictionaries in a quiz: answers per student, scores, rankings (sorted output).
import Foundation
let answers: [String: [Character]] = [
    "Irene": ["a", "c", "b", "d", "a"],
    "Paolo": ["a", "b", "b", "d", "c"],
    "Gaia": ["b", "c", "b", "a", "a"],
]
let key: [Character] = ["a", "c", "b", "d", "a"]

var scores: [String: Int] = [:]
for (student, given) in answers {
    scores[student] = zip(given, key).filter { $0.0 == $0.1 }.count
}
for name in scores.keys.sorted() { print(name, scores[name]!) }
print(scores.values.sorted(), scores.values.reduce(0, +))
print(scores.count, scores.isEmpty, scores["Nessuno"] as Any, scores["Nessuno", default: -1])

// Inverting: students grouped by score.
let byScore = Dictionary(grouping: scores.keys.sorted(), by: { scores[$0]! })
for s in byScore.keys.sorted(by: >) { print(s, byScore[s]!) }

// How many chose each option for each question.
var choices: [Int: [Character: Int]] = [:]
for name in answers.keys.sorted() {
    for (q, c) in answers[name]!.enumerated() {
        choices[q, default: [:]][c, default: 0] += 1
    }
}
for q in choices.keys.sorted() {
    let row = choices[q]!
    print("q\(q + 1):", row.keys.sorted().map { "\($0)=\(row[$0]!)" }.joined(separator: " "))
}

// Building from pairs, transforming, filtering.
let names = scores.keys.sorted()
let percentages = Dictionary(uniqueKeysWithValues: names.map { ($0, Double(scores[$0]!) / Double(key.count) * 100) })
print(percentages.sorted { $0.key < $1.key })
let passed = percentages.filter { $0.value >= 60 }
print(passed.keys.sorted())
let grades = percentages.mapValues { $0 >= 80 ? "A" : $0 >= 60 ? "B" : "C" }
print(grades.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" })

// Removing entries.
var board = scores
board["Paolo"] = nil
print(board.removeValue(forKey: "Gaia") as Any, board.removeValue(forKey: "Gaia") as Any)
print(board)
board.removeAll()
print(board.isEmpty, board)
