// Characters: iterating strings, Character properties, String as a collection.
let word = "Ciao, Mondo!"
var letters = 0
for ch in word where ch.isLetter { letters += 1 }
print(letters, word.count)
let c: Character = "a"
print(c, [c, "b"], c < "b", Character("z"))
print(Array("abc"), String(word.reversed()), word.first!, word.last as Any)
print(word.filter { $0 != "o" }, word.map { $0.isUppercase ? "U" : "l" }.joined())
print(word.lowercased().filter { $0.isLetter }.sorted())
var s = "ab"
s.append("c")
s.append(c)
print(s, s.contains("c"), s.contains(c))
let digits = "a1b2c3".compactMap { $0.wholeNumberValue }
print(digits, digits.reduce(0, +))
var freq: [Character: Int] = [:]
for ch in "hello" { freq[ch, default: 0] += 1 }
print(freq["l"]!, freq["h"]!, freq.count)
print(word.prefix(4), word.dropFirst(6), "x".uppercased())
for (i, ch) in "hey".enumerated() { print(i, ch) }
