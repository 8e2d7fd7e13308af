// Word vectors: a struct with operator functions (map(+) inside it still means Double's), compound and prefix
// operators, a subscript, cosine similarity and nearest neighbours.
import Foundation
struct Vec: Equatable, CustomStringConvertible {
    var v: [Double]
    init(_ v: [Double]) { self.v = v }
    static func + (a: Vec, b: Vec) -> Vec { Vec(zip(a.v, b.v).map(+)) }
    static func - (a: Vec, b: Vec) -> Vec { Vec(zip(a.v, b.v).map(-)) }
    static func * (k: Double, a: Vec) -> Vec { Vec(a.v.map { k * $0 }) }
    static func += (a: inout Vec, b: Vec) { a = a + b }
    static prefix func - (a: Vec) -> Vec { Vec(a.v.map { -$0 }) }
    func dot(_ o: Vec) -> Double { zip(v, o.v).reduce(0) { $0 + $1.0 * $1.1 } }
    var norm: Double { dot(self).squareRoot() }
    func cosine(_ o: Vec) -> Double { dot(o) / (norm * o.norm) }
    var description: String { "(" + v.map { String(format: "%.2f", $0) }.joined(separator: ", ") + ")" }
    subscript(i: Int) -> Double { get { v[i] } set { v[i] = newValue } }
}
let emb: [String: Vec] = [
    "king": Vec([0.8, 0.65, 0.1]), "queen": Vec([0.78, 0.7, 0.9]), "man": Vec([0.6, 0.2, 0.05]),
    "woman": Vec([0.58, 0.25, 0.85]), "apple": Vec([0.1, 0.9, 0.3])]
let target = emb["king"]! - emb["man"]! + emb["woman"]!
let ranked = emb.filter { $0.key != "king" }.map { ($0.key, $0.value.cosine(target)) }.sorted { $0.1 > $1.1 }
for (w, s) in ranked { print(w.padding(toLength: 6, withPad: " ", startingAt: 0), String(format: "%.4f", s)) }
var acc = Vec([0, 0, 0])
for w in ["man", "woman"] { acc += emb[w]! }
acc[2] *= 2
print(acc, -acc, 0.5 * acc, acc == Vec([1.18, 0.45, 1.8]))
let (bestWord, bestScore) = ranked.first!
print("\(bestWord) \(bestScore > 0.9 ? "close" : "far")")
let nearest = emb.keys.sorted().map { w -> (String, String) in
    let other = emb.filter { $0.key != w }.max { emb[w]!.cosine($0.value) < emb[w]!.cosine($1.value) }!.key
    return (w, other)
}
print(nearest.map { "\($0.0)→\($0.1)" }.joined(separator: " "))
