// Many removals from a dictionary and a set (their storage squeezes its holes): later lookups, counts and
// insertions still find the right entries.
var d: [Int: Int] = [:]
for i in 0..<100 { d[i] = i * i }
for i in 0..<80 where i % 5 != 0 { d[i] = nil }
for i in stride(from: 0, to: 80, by: 5) { d.removeValue(forKey: i) }
print(d.count, d[85]!, d[99]!, d[3] ?? -1, d.keys.sorted().prefix(3))
d[3] = 9
print(d.count, d[3]!, d[90]!)
var s = Set(0..<100)
for i in 0..<90 { s.remove(i) }
print(s.count, s.contains(95), s.contains(5), s.sorted())
