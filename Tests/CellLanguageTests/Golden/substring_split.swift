// split(separator:) gives [Substring], as in Swift: Substrings print like Strings, compare with Strings and
// literals, key dictionaries and sets, and become Strings with String(_:) or map(String.init).
let text = "the cat the dog a cat"
let words = text.split(separator: " ")
print(words, type(of: words), words.count, type(of: words[0]))
var counts: [Substring: Int] = [:]
for w in words { counts[w, default: 0] += 1 }
print(counts.sorted { $0.key < $1.key })
var byString: [String: Int] = [:]
for w in words { byString[String(w), default: 0] += 1 }
print(byString.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) })
let strings = words.map(String.init)
print(strings, type(of: strings), words.map { String($0) } == strings)
print(words.joined(separator: "+"), words.contains("dog"), words.firstIndex(of: "dog") as Any)
print(words.prefix(2).joined(separator: " "), words.dropFirst(4).joined())
let first = words[0]
print(first, first.count, first.uppercased(), first == "the", first.hasPrefix("th"), first < "zebra")
print("\(words[1])!", words.map { $0.count })
let numbers = "1,2,,30".split(separator: ",")
print(numbers.compactMap { Int($0) }, numbers.map { Double($0)! }, numbers.map(Double.init))
print(Set(words).count, words.sorted(), words.last!, words.max()!, words.sorted(by: >))
for (i, line) in "a\nb\nc".split(separator: "\n").enumerated() { print(i, line) }
print(words.filter { $0 != "the" }, words.reduce("") { $0 + $1 }, words.reduce(0) { $0 + $1.count })
// Concatenation keeps the left operand's type.
var built = "q"
built += words[1]
print(built, first + "x", "x" + first, first + words[1], type(of: first + "x"), type(of: "x" + first))
// Pieces share the base string's indices, also when a Substring is split.
let lines = "ab cd\nef gh".split(separator: "\n")
let pieces = lines[1].split(separator: " ")
let base = "ab cd\nef gh"
print(pieces, base[pieces[1].startIndex], base[pieces[0].startIndex...])
var seen = Set<Substring>()
for w in words { seen.insert(w) }
print(seen.count, seen.contains("dog"), Dictionary(grouping: words, by: { $0.first! }).keys.sorted())
switch words[3] { case "dog": print("dog") default: print("?") }
let optional: Substring? = words.first
print(optional as Any, String(words[0].reversed()), words[0].dropFirst(), words[0].prefix(2))
