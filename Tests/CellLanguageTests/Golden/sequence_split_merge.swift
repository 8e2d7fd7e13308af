// Splitting arrays, comparing sequences, inserting runs and merging dictionaries.
let samples = [3, 1, 0, 4, 1, 0, 0, 5, 9, 0]
let runs = samples.split(separator: 0)
print(runs.count, runs)
for run in runs { print(run.startIndex, run.endIndex, Array(run)) }
let odd = samples.split(whereSeparator: { $0 % 2 == 0 })
print(odd)
let byTrailing = samples.split { $0 < 2 }
print(byTrailing.map { $0.reduce(0, +) })
let words = "the cat and the hat and the bat".split(separator: " ").map(String.init)
let counts = Dictionary(words.map { ($0, 1) }, uniquingKeysWith: +)
for key in counts.keys.sorted() { print(key, counts[key]!) }
let longest = Dictionary(words.map { ($0.first!, $0) }) { current, new in new.count > current.count ? new : current }
print(longest.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })
var totals = ["a": 1, "b": 2]
totals.merge(["b": 10, "c": 3]) { $0 + $1 }
print(totals.sorted { $0.key < $1.key })
totals.merge(["a": 100], uniquingKeysWith: { old, _ in old })
print(totals["a"]!)
let kept = totals.merging(["c": -1, "d": 4]) { max($0, $1) }
print(kept.sorted { $0.key < $1.key }, totals.count)
print([1, 2, 3].lexicographicallyPrecedes([1, 2, 4]), [1, 2].lexicographicallyPrecedes([1, 2]), [2].lexicographicallyPrecedes([1, 9]))
print([1, 2].lexicographicallyPrecedes([1, 2, 0]), ["b", "a"].lexicographicallyPrecedes(["b"]))
let names = ["bob", "al", "bo", "alice"]
print(names.sorted { $0.lexicographicallyPrecedes($1) })
print("apple".lexicographicallyPrecedes("apricot"), "zeta".lexicographicallyPrecedes("alpha"))
var xs = [1, 2, 6]
xs.insert(contentsOf: [3, 4, 5], at: 2)
print(xs)
xs.insert(contentsOf: [], at: 0)
xs.insert(contentsOf: [0], at: 0)
xs.insert(contentsOf: 7...8, at: xs.count)
print(xs)
var grid = [[1], [2]]
grid[0].insert(contentsOf: [9, 9], at: 1)
print(grid)
func trace(_ label: String, _ value: [Int]) -> [Int] { print("eval", label); return value }
var ys = [0]
ys.insert(contentsOf: trace("new", [5]), at: trace("index", [1])[0])
print(ys)
