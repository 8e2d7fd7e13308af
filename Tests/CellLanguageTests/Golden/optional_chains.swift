// More optionals: nil comparison, ?? chains, optional results of array methods.
let scores = [72, 91, 85]
let best = scores.max()
let worst = scores.min()
print(best as Any, worst!)
let missing: Int? = nil
print(missing ?? best ?? 0)
let names: [String] = []
print(names.first ?? "nobody")
var cache: Double? = nil
if cache == nil { cache = 2.5 }
print(cache!, cache as Any)
func safeDivide(_ a: Double, _ b: Double) -> Double? {
    if b == 0 { return nil }
    return a / b
}
if let q = safeDivide(1, 4) { print("quotient", q) }
if let q = safeDivide(1, 0) { print("quotient", q) } else { print("no quotient") }
let results = [safeDivide(1, 2), safeDivide(3, 0)]
print(results)
var total = 0.0
for r in results {
    if let value = r { total += value }
}
print(total)
let parsed = ["1", "x", "3"].map { Int($0) }
print(parsed)
let idx = scores.firstIndex(of: 85)
print(idx!, idx as Any)
