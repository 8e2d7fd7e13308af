// Strings: cleaning and analysing a short Italian text.
import Foundation
let text = "  La pizza margherita e' nata a Napoli. La pizza e' buona!  "
let trimmed = text.trimmingCharacters(in: .whitespaces)
print("[\(trimmed)]")
print(trimmed.count, text.count)
print(trimmed.uppercased())
print(trimmed.lowercased())
print(trimmed.hasPrefix("La"), trimmed.hasSuffix("!"), trimmed.contains("Napoli"))

let replaced = trimmed.replacingOccurrences(of: "pizza", with: "focaccia")
print(replaced)

// Splitting into words and sentences.
let words = trimmed.split(separator: " ")
print(words.count)
print(words.map { String($0) })
let sentences = trimmed.components(separatedBy: ". ")
print(sentences)

// Cleaning punctuation and counting word lengths.
let cleanWords = words.map { String($0).lowercased().filter { $0.isLetter } }
print(cleanWords)
let longest = cleanWords.max { $0.count < $1.count }!
print("longest:", longest)
print(cleanWords.filter { $0 == "pizza" }.count)

// Joining.
print(cleanWords.joined(separator: "_"))
print(cleanWords.prefix(3).joined(separator: " "))
print(cleanWords.suffix(2).joined(separator: "+"))

// Building strings.
var banner = ""
for (i, w) in cleanWords.enumerated() where i < 4 {
    banner += String(w.prefix(1)).uppercased() + String(w.dropFirst())
    banner += " "
}
print(banner)
print(String(repeating: "=", count: 20))
let palindromeCandidates = ["anna", "otto", "pizza", "radar"]
for word in palindromeCandidates {
    print(word, String(word.reversed()) == word)
}

// Multi-line strings and escapes.
let poem = """
    Nel mezzo del cammin
    di nostra vita
    """
print(poem)
print(poem.components(separatedBy: "\n").count)
print("tab:\tfine", "quote: \"ok\"", "backslash: \\")

// Comparisons and interpolation of expressions.
print("abc" < "abd", "Zebra" < "apple", "ciao" == "ciao")
let n = 3
print("\(n) al quadrato fa \(n * n), la radice fa \(Double(n).squareRoot())")
print(String(describing: [1, 2]), String(42), String(2.5))
