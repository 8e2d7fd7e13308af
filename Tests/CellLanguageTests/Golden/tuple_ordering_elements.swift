// Tuples compare lexicographically over every built-in Comparable element type: Substring, fixed-width integers,
// Unicode scalars and NaN as Swift's tuple operators treat them (the first unequal pair decides with the strict
// operator, the last pair with the operator itself).
let text = "il gatto mangia il pesce e il cane mangia il gatto"
let words = text.split(separator: " ")
var counts: [Substring: Int] = [:]
for word in words { counts[word, default: 0] += 1 }
let ranked = counts.map { ($0.value, $0.key) }.sorted { $0 > $1 }
print(ranked.map { "\($0.1)=\($0.0)" })
print(counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(3).map { "\($0.key)=\($0.value)" })
let s: Substring = "abc"
print((1, s) == (1, s), (s, 2) != (s, 3), (1, s) < (2, s), (1, s) > (2, s))
let u: UInt8 = 200, w: UInt8 = 100
print((u, 1) < (w, 2), (Int8(-1), 0) <= (Int8(-1), 0), (Int8(-1), 0) >= (Int8(-1), 1))
let n = Double.nan
print((n, 1) < (n, 2), (n, 1) <= (n, 1), (1.0, n) >= (1.0, n), (1.0, n) <= (2.0, n))
print(("a" as Character, "b" as Unicode.Scalar) < ("a", "c"))
let a = (1, "b"), b = (1, "c")
print(a < b, a > b, a <= b, a >= b, a == b, a != b)
print((1, 2, 3, 4, 5, 6) < (1, 2, 3, 4, 5, 7))
