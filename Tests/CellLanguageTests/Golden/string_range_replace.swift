// String.range(of:) (Foundation) and the members that replace a range's characters: replaceSubrange(_:with:),
// replacingCharacters(in:with:); on Substrings the range is the base string's; Unicode text.
import Foundation
var text = "Hello, world! Hello again."
if let r = text.range(of: "world") {
    print(text[r])
    let replaced = text.replacingCharacters(in: r, with: "Swift")
    print(replaced)
    text.replaceSubrange(r, with: "there")
}
print(text)
if let r = text.range(of: "Hello again") {
    text.replaceSubrange(r, with: "Bye again")
}
print(text)
print(text.range(of: "zzz") == nil)
var s = "abcdef"
let start = s.index(s.startIndex, offsetBy: 1), end = s.index(s.startIndex, offsetBy: 3)
s.replaceSubrange(start..<end, with: "XYZ")
print(s)
print(s.replacingCharacters(in: s.startIndex...s.index(after: s.startIndex), with: ""))
let name = "file.txt"
if let dot = name.range(of: ".") {
    print(name[..<dot.lowerBound], name[dot.upperBound...], name.replacingCharacters(in: dot, with: "_"))
}
var cs = "a-b-c"
while let r = cs.range(of: "-") { cs.replaceSubrange(r, with: "+") }
print(cs)
let accents = "café crème brûlée"
if let r = accents.range(of: "crème") {
    print(accents[r], accents.distance(from: accents.startIndex, to: r.lowerBound), accents.replacingCharacters(in: r, with: "thé"))
}
let flags = "🇫🇷 and 🇮🇹 and 🇫🇷"
if let r = flags.range(of: "and") { print(flags[r.upperBound...]) }
print("abc".range(of: "") == nil, "".range(of: "a") == nil)
let sentence = "one two three two one"
let tail = sentence[sentence.index(sentence.startIndex, offsetBy: 5)...]
if let r = tail.range(of: "two") {
    print(sentence[r], sentence.distance(from: sentence.startIndex, to: r.lowerBound), tail.replacingCharacters(in: r, with: "2"))
}
var template = "Dear NAME, welcome to PLACE."
for (key, value) in [("NAME", "Ada"), ("PLACE", "the lab")] {
    if let r = template.range(of: key) { template.replaceSubrange(r, with: value) }
}
print(template)
var word = "swift"
word.replaceSubrange(word.startIndex..<word.index(after: word.startIndex), with: "S")
word.replaceSubrange(word.endIndex..<word.endIndex, with: "!")
print(word, word.count)
