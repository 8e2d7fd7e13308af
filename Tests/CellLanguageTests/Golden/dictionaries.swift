// Dictionaries: literals, subscripts with default, removal, iteration, grouping (printed in a deterministic way).
var ages: [String: Int] = ["ada": 36, "alan": 41]
ages["grace"] = 85
print(ages["ada"]!, ages["nobody"] as Any, ages.count)
ages["alan"] = nil
print(ages.count, ages.keys.sorted(), ages.values.sorted())
var counts: [String: Int] = [:]
for w in "a b a c b a".split(separator: " ") { counts[String(w), default: 0] += 1 }
for key in counts.keys.sorted() { print(key, counts[key]!) }
let sortedPairs = counts.sorted { $0.value > $1.value }
print(sortedPairs.map { $0.key })
for (k, v) in ["x": 1] { print(k, v) }
print(["only": 1.5])
let empty = [Int: String]()
print(empty, empty.isEmpty)
let g = Dictionary(grouping: [1, 2, 3, 4, 5, 6], by: { $0 % 3 })
for k in g.keys.sorted() { print(k, g[k]!) }
let d = Dictionary(uniqueKeysWithValues: zip(["a", "b"], [1, 2]))
print(d["b"]!, d.count)
let doubled = counts.mapValues { $0 * 2 }
print(doubled["a"]!)
let big = counts.filter { $0.value > 1 }
print(big.count)
var scores = ["x": 1]
let old = scores.removeValue(forKey: "x")
print(old as Any, scores.isEmpty)
print(["k": [1, 2]])
