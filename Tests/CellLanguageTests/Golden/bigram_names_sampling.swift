// A character bigram model over names, sampled with a cell's own RandomNumberGenerator at two temperatures.
import Foundation
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}
let names = ["emma", "olivia", "ava", "isabella", "sophia", "mia", "amelia", "harper", "evelyn", "abigail"]
let chars = ["."] + Array(Set(names.joined())).map(String.init).sorted()
let stoi = Dictionary(uniqueKeysWithValues: chars.enumerated().map { ($1, $0) })
var counts = [[Int]](repeating: [Int](repeating: 0, count: chars.count), count: chars.count)
for name in names {
    let seq = ["."] + name.map(String.init) + ["."]
    for (a, b) in zip(seq, seq.dropFirst()) { counts[stoi[a]!][stoi[b]!] += 1 }
}
let probs = counts.map { row -> [Double] in
    let smoothed = row.map { Double($0 + 1) }
    let total = smoothed.reduce(0, +)
    return smoothed.map { $0 / total }
}
func sample(_ p: [Double], temperature: Double, using rng: inout SplitMix) -> Int {
    let logits = p.map { log($0) / temperature }
    let m = logits.max()!
    let e = logits.map { exp($0 - m) }
    let s = e.reduce(0, +)
    let r = Double.random(in: 0..<1, using: &rng)
    var cumulative = 0.0
    for (i, x) in e.enumerated() { cumulative += x / s; if r < cumulative { return i } }
    return p.count - 1
}
var rng = SplitMix(state: 2147483647)
for t in [0.5, 1.0] {
    var generated: [String] = []
    for _ in 0..<5 {
        var out = "", ix = 0
        repeat {
            ix = sample(probs[ix], temperature: t, using: &rng)
            if ix != 0 { out += chars[ix] }
        } while ix != 0 && out.count < 12
        generated.append(out)
    }
    print(t, generated)
}
var nll = 0.0, n = 0
for name in names {
    let seq = ["."] + name.map(String.init) + ["."]
    for (a, b) in zip(seq, seq.dropFirst()) { nll -= log(probs[stoi[a]!][stoi[b]!]); n += 1 }
}
print(String(format: "avg nll %.4f over %d bigrams", nll / Double(n), n))
let top = counts[0].enumerated().sorted { $0.element > $1.element }.prefix(3).map { "\(chars[$0.offset]):\($0.element)" }
print(top)
