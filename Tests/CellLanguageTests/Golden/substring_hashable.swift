// Substrings as dictionary keys and set elements, compared, sorted and hashed by their text (as Swift does).
let text = "the cat and the dog and the bird"
let i = text.firstIndex(of: "c")!
let j = text.lastIndex(of: "t")!
let a = text[..<text.index(text.startIndex, offsetBy: 3)]
let b = text[text.index(text.startIndex, offsetBy: 12)..<text.index(text.startIndex, offsetBy: 15)]
print(a, b, a == b, a < b, [a] == [b], text[i...].prefix(3))
var counts: [Substring: Int] = [:]
var k = text.startIndex
while let space = text[k...].firstIndex(of: " ") {
    counts[text[k..<space], default: 0] += 1
    k = text.index(after: space)
}
counts[text[k...], default: 0] += 1
for key in counts.keys.sorted() { print(key, counts[key]!) }
var seen = Set<Substring>()
seen.insert(a); seen.insert(b); seen.insert(text[j...])
print(seen.count, seen.contains(a), [a, b, text[j...]].sorted(), [a, b].max()!)
let pairs: [(Substring, Int)] = counts.map { ($0.key, $0.value) }
print(pairs.count, Dictionary(uniqueKeysWithValues: pairs)[a] ?? -1)
