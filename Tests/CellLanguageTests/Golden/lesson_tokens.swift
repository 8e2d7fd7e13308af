// Text processing across cells: a tiny word vocabulary and encoding.
let text = "il gatto e il cane e il topo"
var vocabulary: [String] = []
for word in text.split(separator: " ").map({ String($0) }) {
    if !vocabulary.contains(word) { vocabulary.append(word) }
}
// --- cell ---
vocabulary = vocabulary.sorted()
print(vocabulary, vocabulary.count)
func encode(_ s: String) -> [Int] {
    var ids: [Int] = []
    for word in s.split(separator: " ").map({ String($0) }) {
        ids.append(vocabulary.firstIndex(of: word) ?? -1)
    }
    return ids
}
// --- cell ---
let ids = encode("il topo e il gatto")
print(ids)
let decoded = ids.map { vocabulary[$0] }.joined(separator: " ")
print(decoded)
print(encode("un cavallo"))
var counts = [Int](repeating: 0, count: vocabulary.count)
for id in encode(text) { counts[id] += 1 }
print(counts)
