// An optional number compared with a literal, on either side (xs.first == 4 on Doubles).
let a: [Double] = [4, 5]
print(a.first == 4, a.last != 4, a.first! == 4)
let o: Double? = 2
print(o == 2, o ?? 0 > 1)
let i: Int? = 3
print(i == 3, 3 == i, i != 4)
let u: UInt8? = 3
print(u == 3)
let d: [Double] = [4]
print(4 == d.first, 4.0 != d.last)
