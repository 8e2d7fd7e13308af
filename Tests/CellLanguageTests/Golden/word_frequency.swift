// Word frequencies in a short corpus, computed across several cells.
import Foundation
let corpus = """
il gatto mangia il pesce
il cane guarda il gatto
il pesce nuota e il gatto guarda
"""
// --- cell ---
let lines = corpus.components(separatedBy: "\n")
print("lines:", lines.count)
var tokens: [String] = []
for line in lines {
    tokens += line.split(separator: " ").map { String($0) }
}
print("tokens:", tokens.count)
// --- cell ---
var frequency: [String: Int] = [:]
for token in tokens {
    frequency[token, default: 0] += 1
}
let vocabulary = frequency.keys.sorted()
print("vocabulary:", vocabulary)
print("size:", vocabulary.count)
// --- cell ---
// Most frequent words: by count descending, then alphabetically.
let ranked = frequency.sorted { a, b in
    a.value != b.value ? a.value > b.value : a.key < b.key
}
for (word, count) in ranked.prefix(4) {
    let share = Double(count) / Double(tokens.count) * 100
    print(String(format: "%-8@ %2d %5.1f%%", word, count, share))
}
// --- cell ---
// Words that appear exactly once (hapax legomena).
let hapax = vocabulary.filter { frequency[$0] == 1 }
print("hapax:", hapax)
// Word lengths grouped.
let byLength = Dictionary(grouping: vocabulary, by: { $0.count })
for length in byLength.keys.sorted() {
    print(length, byLength[length]!.joined(separator: ","))
}
// --- cell ---
// Index of each word in the vocabulary, and the corpus encoded as numbers.
let index = Dictionary(uniqueKeysWithValues: vocabulary.enumerated().map { ($0.element, $0.offset) })
let encoded = tokens.map { index[$0]! }
print(encoded)
let decoded = encoded.map { vocabulary[$0] }.joined(separator: " ")
print(decoded == tokens.joined(separator: " "))
print(index["gatto"]!, index["nuota"]!, index["drago"] ?? -1)
