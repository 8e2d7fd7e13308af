// Strings: interpolation, concatenation, common methods, escapes.
import Foundation
let name = "Lovelace"
let year = 1843
let ratio = 0.75
print("Ada \(name) wrote notes in \(year) (\(ratio * 100)%)")
print("nested: \([1, 2]) \(["x", "y"]) \(true) \(year > 1800 ? "old" : "new")")
var s = "Hello"
s += ", world"
s = s + "!"
print(s, s.count, s.isEmpty, "".isEmpty)
print(s.uppercased(), s.lowercased())
print(s.hasPrefix("Hell"), s.hasSuffix("!"), s.contains("world"), s.contains("xyz"))
let words = "the quick brown fox".split(separator: " ")
print(words.count)
let parts = "a,b,,c".components(separatedBy: ",")
print(parts)
print(["one", "two", "three"].joined(separator: " + "))
print(String(repeating: "ab", count: 3))
print("tab\there", "quote\"inside\"", "back\\slash")
print(["tab\t", "q\"", "new\nline"])
print("caffè".count, "😀 ok".count)
print("banana".replacingOccurrences(of: "an", with: "AN"))
let multi = """
    first line
      second "line"
    third
    """
print(multi)
print("unicode: \u{1F600} \u{E8}")
let empty = ""
print("[\(empty)]")
print(String(42) + String(3.5) + String(true))
