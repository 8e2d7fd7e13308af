// An array joined by `+` with a literal whose elements its element type cannot hold, without a contextual type: an
// `[Any]`, as swiftc joins them.
let q: [Double] = [0.5]
let joined = q + ["s", 2]
print(joined.count, joined)
let n = [1, 2]
print((n + ["s", 3]).count, n + [2.5], n + ["t"], n + [true, 1])
let sum = n + [3, 4]
print(sum, type(of: sum), type(of: n + [2.5]))
let words = ["a", "b"]
print(words + [1], words + ["c"])
