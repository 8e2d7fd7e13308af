// Lesson: a tiny word-level tokenizer with a vocabulary and unknown tokens.
import Foundation
let trainingText = "Il modello legge il testo. Il testo diventa numeri, e i numeri diventano vettori."

func normalize(_ text: String) -> [String] {
    let lowered = text.lowercased()
    var words: [String] = []
    var current = ""
    for ch in lowered {
        if ch.isLetter {
            current.append(ch)
        } else {
            if !current.isEmpty { words.append(current) }
            current = ""
            if ch == "." || ch == "," { words.append(String(ch)) }
        }
    }
    if !current.isEmpty { words.append(current) }
    return words
}

let words = normalize(trainingText)
print(words)
print(words.count)

// Vocabulary: special tokens first, then words sorted by frequency and alphabetically.
var frequency: [String: Int] = [:]
for w in words { frequency[w, default: 0] += 1 }
let sortedWords = frequency.keys.sorted { a, b in
    frequency[a]! != frequency[b]! ? frequency[a]! > frequency[b]! : a < b
}
let vocabulary = ["<pad>", "<unk>"] + sortedWords
let tokenID = Dictionary(uniqueKeysWithValues: vocabulary.enumerated().map { ($0.element, $0.offset) })
print(vocabulary)

func encode(_ text: String, length: Int) -> [Int] {
    var ids = normalize(text).map { tokenID[$0] ?? 1 }
    if ids.count > length { ids = Array(ids.prefix(length)) }
    while ids.count < length { ids.append(0) }
    return ids
}

func decode(_ ids: [Int]) -> String {
    ids.filter { $0 != 0 }.map { vocabulary[$0] }.joined(separator: " ")
}

let sentences = ["Il testo diventa vettori.", "Il gatto legge numeri!", "numeri"]
for s in sentences {
    let ids = encode(s, length: 6)
    print(ids, "->", decode(ids))
}
print(encode(trainingText, length: 4))

// Statistics on the vocabulary.
let unknownRate = Double(normalize("Il gatto e il cane leggono").filter { tokenID[$0] == nil }.count) / 6
print(String(format: "unknown rate: %.3f", unknownRate))
print(vocabulary.count, tokenID["il"]!, tokenID["vettori"]!)
