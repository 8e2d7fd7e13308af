// Word statistics: components(separatedBy:) with a character set, String(format:) padding, Dictionary(grouping:) of a
// Set, set algebra, CaseIterable raw values, tuple patterns, memoization, compactMap, stride and Character tests.
import Foundation
let text = """
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief.
"""
let words = text.lowercased().components(separatedBy: CharacterSet.letters.inverted).filter { !$0.isEmpty }
var freq: [String: Int] = [:]
for w in words { freq[w, default: 0] += 1 }
let top = freq.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(5)
for (i, (w, c)) in top.enumerated() { print(String(format: "%2d. %-8@ %3d %5.1f%%", i + 1, w, c, 100 * Double(c) / Double(words.count))) }
let lengths = Dictionary(grouping: Set(words), by: { $0.count }).mapValues { $0.sorted() }
for k in lengths.keys.sorted() { print(k, lengths[k]!) }
let a: Set = ["it", "was", "best"], b: Set = ["was", "worst", "it"]
print(a.intersection(b).sorted(), a.union(b).count, a.subtracting(b), a.symmetricDifference(b).sorted(), a.isSubset(of: b))
enum Suit: String, CaseIterable { case hearts = "♥", spades = "♠" }
enum Rank: Int, CaseIterable { case two = 2, three, jack = 11, ace = 14 }
let deck = Suit.allCases.flatMap { s in Rank.allCases.map { r in "\(r.rawValue)\(s.rawValue)" } }
print(deck, Rank(rawValue: 3) ?? .two, Rank(rawValue: 5) as Any)
func classify(_ p: (Int, Int)) -> String {
    switch p {
    case (0, 0): return "origin"
    case (let x, 0) where x > 0: return "pos x-axis"
    case (_, 0): return "x-axis"
    case (0, _): return "y-axis"
    case let (x, y) where x == y: return "diagonal"
    default: return "elsewhere"
    }
}
print([(0, 0), (3, 0), (-2, 0), (0, 5), (4, 4), (1, 2)].map(classify))
var memo: [Int: Int] = [:]
func fib(_ n: Int) -> Int {
    if n < 2 { return n }
    if let m = memo[n] { return m }
    let r = fib(n - 1) + fib(n - 2)
    memo[n] = r
    return r
}
print(fib(80), memo.count)
let maybe: [String?] = ["1", nil, "x", "4"]
print(maybe.compactMap { $0 }.compactMap(Int.init), maybe.map { $0?.count ?? -1 })
for x in stride(from: 0.0, through: 1.0, by: 0.25) { print(x, terminator: " ") }
print()
let chars: [Character] = ["a", "Z", "5", " ", "é", "!"]
print(chars.map { ($0.isLetter, $0.isUppercase, $0.isNumber, $0.isWhitespace) })
print("naïve café".unicodeScalars.count, "naïve café".count, "naïve café".utf8.count)
