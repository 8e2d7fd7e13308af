let xs = [1, 2, 3]
let ds = [1.5, 2.5, 3.0]
print(xs.reduce(0, +))
print(xs.reduce(1, *))
print(ds.reduce(0, +))
print(ds.reduce(1, *))
print(ds.reduce(0.0, +))
let total: Double = ds.reduce(0, +)
print(total)
let s = xs.reduce(into: 0) { $0 += $1 }
print(s)
let sd = ds.reduce(into: 0.0) { $0 += $1 }
print(sd)
let t = xs.reduce((0, 0)) { ($0.0 + $1, $0.1 + 1) }
print(t)
let t2 = ds.reduce(into: (sum: 0.0, count: 0)) { acc, x in acc.sum += x; acc.count += 1 }
print(t2.sum / Double(t2.count))
let counts = ["a", "b", "a"].reduce(into: [String: Int]()) { $0[$1, default: 0] += 1 }
print(counts.sorted { $0.key < $1.key })
let mx = ds.reduce(-Double.infinity, max)
print(mx)
let mn = xs.reduce(Int.max, min)
print(mn)
let f = xs.map(Double.init).reduce(0, +) / Double(xs.count)
print(f)
let sq = ds.reduce(0) { $0 + $1 * $1 }
print(sq)
let pr = (1...5).reduce(1, *)
print(pr)
let z = zip(ds, ds).reduce(0.0) { $0 + $1.0 * $1.1 }
print(z)
