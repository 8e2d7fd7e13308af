let s = "héllo, wörld"
print(s.startIndex, s.endIndex, s.index(after: s.startIndex), s.index(s.startIndex, offsetBy: 3), s.firstIndex(of: "w")!, s.index(before: s.endIndex))
print("abc".endIndex)
var t = "abc"; t.insert("x", at: t.startIndex); print(t, t.endIndex, t.index(after: t.startIndex))
print(s.indices.map { "\($0)" })
print([s.startIndex])
let sub = s[s.index(after: s.startIndex)...]
print(sub.startIndex, [sub], sub == "éllo, wörld", sub < "z", sub.count, sub.uppercased())
print(s.startIndex..<s.endIndex)
print(type(of: sub), type(of: s.startIndex), type(of: s.startIndex..<s.endIndex))
let comma = s.firstIndex(of: ",")!
let word = s[..<comma]
print(word, s[comma...], s[...comma], word[word.index(before: word.endIndex)])
print(String(word) + "!", word.hasPrefix("hé"))
let r = s.index(s.startIndex, offsetBy: 2)...s.index(s.startIndex, offsetBy: 4)
print(s[r], r.lowerBound < r.upperBound)
var u = "Hello, world"
u.removeSubrange(r)
u.insert(contentsOf: "XY", at: u.endIndex)
print(u, u.remove(at: u.startIndex), u)
print(s.distance(from: s.startIndex, to: comma), s.firstIndex(where: { $0 == "o" })!, s.lastIndex(of: "o")!)
let inner = sub[sub.index(after: sub.startIndex)..<sub.index(sub.endIndex, offsetBy: -2)]
print(inner, inner.startIndex, s[inner.startIndex])
for i in sub.indices where sub[i] == "l" { print(i, terminator: " ") }
print()
print(s.startIndex == s.endIndex, "".startIndex == "".endIndex)

// Walking a string by its indices, and a Substring's indices being its base string's.
func reversedWords(_ text: String) -> String {
    var words: [String] = []
    var start = text.startIndex
    var i = text.startIndex
    while i < text.endIndex {
        if text[i] == " " {
            words.append(String(text[start..<i]))
            start = text.index(after: i)
        }
        i = text.index(after: i)
    }
    words.append(String(text[start...]))
    return words.reversed().joined(separator: " ")
}
print(reversedWords("the quick brown fox"))
let greeting = "Guten Tag!"
let tag = greeting[greeting.index(greeting.startIndex, offsetBy: 6)...]
print(tag, tag.startIndex == greeting.index(greeting.startIndex, offsetBy: 6), greeting[tag.index(before: tag.endIndex)])
var emoji = "👩‍👩‍👧 family 🇮🇹"
print(emoji.count, emoji[emoji.startIndex], emoji[emoji.index(before: emoji.endIndex)])
emoji.remove(at: emoji.startIndex)
print(emoji, emoji.firstIndex(of: "🇮🇹").map { emoji.distance(from: emoji.startIndex, to: $0) } ?? -1)
let empty = ""
print(empty.isEmpty && empty.startIndex == empty.endIndex, empty.indices.count)
if let space = greeting.firstIndex(of: " ") {
    print("first word: \(greeting[..<space]), rest: \(greeting[greeting.index(after: space)...])")
}
print(greeting.firstIndex(of: "z") == nil)

// Substrings converted and walked like Strings.
let hw = "Hello, world"
let hwSub = hw[hw.index(hw.startIndex, offsetBy: 7)...]
print(Array(hwSub))
print(hwSub.map { $0.uppercased() })
for c in hwSub.prefix(2) { print(c) }
print(Int("12"[..<"12".endIndex]) ?? -1)
let t2: Substring = hwSub
print(t2, t2.isEmpty, t2.first!, t2.last!)
print(hwSub.split(separator: "o"))
var parts: [Substring] = []
parts.append(hwSub)
print(parts, parts.count)
print(hw.indices.count, hw.indices.contains(hw.startIndex))
for c in hwSub { print(c, terminator: "|") }
print()
print(Double(hw[hw.index(hw.endIndex, offsetBy: -2)...]) == nil)

// index(_:offsetBy:limitedBy:): nil when the limit lies in between.
let hello = "héllo"
for n in [-3, 0, 2, 3, 4, 5] {
    let i = hello.index(hello.startIndex, offsetBy: 2)
    if let j = hello.index(i, offsetBy: n, limitedBy: n >= 0 ? hello.endIndex : hello.startIndex) {
        print(n, hello[i..<(j > i ? j : i)], hello.distance(from: i, to: j))
    } else {
        print(n, "nil")
    }
}
let k = hello.index(hello.endIndex, offsetBy: -1, limitedBy: hello.index(after: hello.startIndex))
print(k.map { hello[$0] } ?? "-")
print(hello.index(hello.startIndex, offsetBy: 2, limitedBy: hello.endIndex).map { hello[$0] } ?? "-")
print(hello.index(hello.index(after: hello.startIndex), offsetBy: 2, limitedBy: hello.startIndex).map { hello[$0] } ?? "-")

// prefix(upTo:), prefix(through:), suffix(from:) give Substrings.
let hi = "Hello, world!"
let hiComma = hi.firstIndex(of: ",")!
print(hi.prefix(upTo: hiComma), hi.prefix(through: hiComma), hi.suffix(from: hiComma), hi.prefix(3), hi.suffix(2))
let hiTail = hi.suffix(from: hi.index(after: hiComma))
print(hiTail.prefix(upTo: hiTail.index(before: hiTail.endIndex)), type(of: hiTail))
