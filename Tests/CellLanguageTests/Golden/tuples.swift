// Tuples: literals, labels, members, destructuring, enumerated, zip, tuple returns.
let p = (3, 4.5)
print(p, p.0, p.1)
var q = (x: 1, y: "a")
q.x += 10
q.y = "b"
print(q, q.x)
let (a, b) = p
print(a, b)
for (i, v) in [10, 20].enumerated() { print(i, v) }
for (n, s) in zip([1, 2, 3], ["a", "b"]) { print(n, s) }
func minMax(_ xs: [Int]) -> (min: Int, max: Int) { (xs.min()!, xs.max()!) }
let mm = minMax([3, 1, 2])
print(mm, mm.min, mm.max)
print([(1, "x"), (2, "y")])
print(Array([5, 6].enumerated()))
let pairs = zip([1.0, 2.0], [3.0, 4.0]).map { $0 * $1 }
print(pairs)
let t: (Int, Int) = (1, 2)
print(t == (1, 2))
