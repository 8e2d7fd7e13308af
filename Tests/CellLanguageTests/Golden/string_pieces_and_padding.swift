// split(whereSeparator:) on Strings and Substrings, and Foundation's padding(toLength:withPad:startingAt:).
import Foundation
let rows = [("alpha", 0.5), ("be", 12.25), ("gamma-delta-long", 3.0)]
for (name, value) in rows {
    print(name.padding(toLength: 8, withPad: ".", startingAt: 0) + "|" + String(value).padding(toLength: 6, withPad: "-=", startingAt: 1) + "|")
}
print("héllo wörld".padding(toLength: 3, withPad: " ", startingAt: 0))
let line = "a, b;;c d,,e"
print(line.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == " " }))
print(line.split(whereSeparator: { $0.isPunctuation }))
let sub = line.dropFirst(3)
print(sub.split(whereSeparator: { $0 == ";" }))
let words = "The quick brown fox".split(whereSeparator: \.isWhitespace)
print(words.map { String($0) }, words.last!.startIndex == "The quick brown fox".index("The quick brown fox".startIndex, offsetBy: 16))
