// Literals adapt to their context as in Swift; variables never mix implicitly.
let x: Double = 3
let scale = 2.5
print(x, 2 * scale, scale * 2, scale / 2, 1 - scale)
let mixed = [1, 2.5, 3]
print(mixed)
let doubles: [Double] = [1, 2, 3]
print(doubles)
let half = 1 / 2
let halfDouble = 1.0 / 2
print(half, halfDouble)
let negative = -3
let negativeDouble: Double = -3
print(negative, negativeDouble)
print(max(0, scale), min(10, scale), max(1, 2))
let ratio = Double(7) / 2
print(ratio)
let n = 4
print(Double(n) * 0.5)
var acc: Double = 0
acc += 1
print(acc)
print(x > 2, 2 < scale)
let t = (1 + 2) * 0.5
print(t)
