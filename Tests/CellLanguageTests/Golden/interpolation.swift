// String interpolation: numbers of every size and sign, long pieces, nested interpolations, non-ASCII text.
let numbers = [0, 7, -7, 10, -10, 123_456_789, Int.max, Int.min, -1]
for n in numbers { print("[\(n)]") }
let long = String(repeating: "ab", count: 150)
print("start \(long) middle \(long.count) \(long) end")
let prefix = String(repeating: "x", count: 250)
print("\(prefix)\(Int.min)\(prefix.count)")
print("città: \(3.5) \(true) \("perché") \([1, 2]) \(Optional(4) ?? 0) 🐱\(-0.0)")
let name = "mondo"
print("ciao \("\(name), \(name.count)")!")
var built = ""
for i in 0..<40 { built += "\(i * i - 100)," }
print(built)
