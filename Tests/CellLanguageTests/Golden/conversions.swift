// Conversions between Int, Double and String.
let i = 7
let d = 2.9
print(Double(i), Int(d), Int(-d), Int(2.5e3))
print(Double(i) / 2, i / 2)
print(String(i), String(d), String(true))
print(Int("42") as Any, Int("4x2") as Any, Double("3.25") as Any, Double("abc") as Any)
let parsed = Int("12") ?? 0
print(parsed + 1)
print(Double(Int("8")!) * 0.5)
let n: Int = Int(3.99)
print(n)
print(Int(Double(10) / 3))
