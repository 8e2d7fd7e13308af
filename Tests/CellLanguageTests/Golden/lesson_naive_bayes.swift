// Lesson: a naive Bayes classifier for short Italian reviews.
import Foundation
let reviews: [(text: String, label: String)] = [
    ("film bellissimo e commovente", "positivo"),
    ("attori bravi trama bellissima", "positivo"),
    ("una storia commovente e bella", "positivo"),
    ("film noioso e lento", "negativo"),
    ("trama confusa attori pessimi", "negativo"),
    ("lento noioso e troppo lungo", "negativo"),
]
let labels = ["negativo", "positivo"]
// --- cell ---
var wordCounts: [String: [String: Int]] = [:]
var totalWords: [String: Int] = [:]
var documents: [String: Int] = [:]
var vocabulary = Set<String>()
for review in reviews {
    documents[review.label, default: 0] += 1
    for word in review.text.split(separator: " ").map({ String($0) }) {
        wordCounts[review.label, default: [:]][word, default: 0] += 1
        totalWords[review.label, default: 0] += 1
        vocabulary.insert(word)
    }
}
print("vocabulary:", vocabulary.count)
for label in labels {
    print(label, documents[label]!, totalWords[label]!)
}
// --- cell ---
func logProbability(of text: String, given label: String) -> Double {
    let prior = log(Double(documents[label]!) / Double(reviews.count))
    var score = prior
    for word in text.split(separator: " ").map({ String($0) }) {
        let count = wordCounts[label]?[word] ?? 0
        // Laplace smoothing.
        score += log(Double(count + 1) / Double(totalWords[label]! + vocabulary.count))
    }
    return score
}
func classify(_ text: String) -> (label: String, margin: Double) {
    let scores = labels.map { logProbability(of: text, given: $0) }
    let best = scores[1] > scores[0] ? 1 : 0
    return (labels[best], abs(scores[1] - scores[0]))
}
// --- cell ---
let tests = ["film bellissimo", "trama noiosa e lenta", "attori bravi ma film lungo", "parole mai viste"]
for t in tests {
    let result = classify(t)
    print(String(format: "%-28@ %@ (margine %.3f)", t, result.label, result.margin))
}
// --- cell ---
// The most indicative words: largest difference in smoothed log-probability.
func wordScore(_ word: String, _ label: String) -> Double {
    log(Double((wordCounts[label]?[word] ?? 0) + 1) / Double(totalWords[label]! + vocabulary.count))
}
let indicative = vocabulary.sorted().map { ($0, wordScore($0, "positivo") - wordScore($0, "negativo")) }
let top = indicative.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
print(top.prefix(3).map { $0.0 }, top.suffix(3).map { $0.0 })
