// Strings as lesson code handles them: splitting (with maxSplits and empty pieces), characters, Unicode views, indices.
import Foundation
// Strings: tokenizing, characters, unicode, indices.
let text = "Il gatto è sul tavolo. Il cane dorme!"
let sentences = text.split(whereSeparator: { ".!?".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }
print(sentences)
let lower = text.lowercased()
let letters = lower.filter { $0.isLetter }
print(letters.count, Set(letters).count, letters.first!, letters.last!)
var hist = [Character: Int]()
for c in letters { hist[c, default: 0] += 1 }
let top = hist.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(3)
print(top.map { "\($0.key)\($0.value)" })
let w = "transformer"
print(w.uppercased(), w.count, w.prefix(5), w.suffix(3), w.dropFirst(2).dropLast(2), String(w.reversed()))
print(w.hasPrefix("trans"), w.contains("form"), w.replacingOccurrences(of: "former", with: "ers"))
let idx = w.firstIndex(of: "f")!
print(w[..<idx], w[idx...], w.distance(from: w.startIndex, to: idx))
let ascii = w.unicodeScalars.map { Int($0.value) }
print(ascii.prefix(4), String(ascii.map { Character(UnicodeScalar($0 - 32)!) }))
print("è".unicodeScalars.count, "è".utf8.count, Array("ciao".utf8))
let padded = String(repeating: "-", count: 5) + w + String(repeating: "-", count: 5)
print(padded, padded.count)
let csv = "a,1,2.5\nb,2,3.5\nc,3,4.5"
let rows = csv.split(separator: "\n").map { $0.split(separator: ",").map(String.init) }
let total = rows.compactMap { Double($0[2]) }.reduce(0, +)
print(rows.count, total, rows.map { $0[0] }.joined(separator: "|"))
let words = text.lowercased().components(separatedBy: " ")
print(words.count, words.filter { $0.count > 3 })
print(String(format: "%5.2f|%03d|%x", 3.14159, 7, 255))
let n = 255
print(String(n, radix: 2), String(n, radix: 16, uppercase: true), Int("ff", radix: 16)!)
let emoji = "ciao 👋🏽!"
print(emoji.count, emoji.unicodeScalars.count, emoji.utf16.count)
var s = "abc"
s.insert("X", at: s.index(after: s.startIndex))
s.remove(at: s.startIndex)
s.append(contentsOf: "yz")
print(s, s.sorted(), s.lastIndex(of: "y") != nil)
print("a b  c".split(separator: " ", omittingEmptySubsequences: false))
print("Hello"[w.startIndex...].count)
let ch: Character = "A"
print(ch.asciiValue!, ch.isUppercase, Character("7").wholeNumberValue!, ch.lowercased())
print("k=v=w".split(separator: "=", maxSplits: 1), "a,,b,".split(separator: ",", omittingEmptySubsequences: false))
let line = "  x  y "
print(line.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false), line.dropFirst().split(separator: " ", maxSplits: 1))
var acc = ""
for wd in ["uno", "due"] { acc.append(contentsOf: wd); acc.append(contentsOf: "-") }
print(acc)
