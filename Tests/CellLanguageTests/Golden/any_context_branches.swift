// `??` and `?:` whose two sides have different types are `Any` where `Any` is expected (print's items, `let x: Any`,
// `[Any]` elements), as swiftc types them; without such a context `c ? 1 : 2.5` is a Double.
let flag = Int("1") == 1
let x = flag ? 1 : 2.5
print(x)
let y: Any = flag ? 1 : 2.5
print(y)
print(flag ? 2.5 : 1)
let z = flag ? -3 : 0.5
print(z, type(of: z))
let items: [Any] = [flag ? 1 : 0.5, flag ? "s" : 3]
print(items)
let d: [String: Int] = ["a": 1]
print(d["a"] ?? 0, d["b"] ?? -1)
let name: String? = nil
print(name ?? "anon")
print(flag ? "yes" : "no")
let counts: [String: Int] = ["gatto": 2]
for word in ["gatto", "cane"] { print(word, counts[word] ?? "missing") }
let ages = ["ada": 36]
print(ages["bo"] ?? "unknown", ages["ada"] ?? "unknown", ages["ada"] ?? 0)
let maybe: Double? = nil
print(maybe ?? "n/a", flag ? "on" : 0)
let shown: Any = counts["x"] ?? "none"
print(shown)
