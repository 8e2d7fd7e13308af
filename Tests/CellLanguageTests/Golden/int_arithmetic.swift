// Integer arithmetic follows Swift: division truncates toward zero, % keeps the sign of the dividend.
let x = 17
let y = 5
print(x + y, x - y, x * y, x / y, x % y)
print(-x / y, -x % y, x / -y, x % -y)
print(7 / 2, -7 / 2, 7 % 3, -7 % 3)
var n = 10
n += 5
n -= 3
n *= 2
n /= 4
n %= 4
print(n)
print(Int.max, Int.min)
print(Int.max &+ 1 == Int.min)
var wrapped = 0
for i in 0..<100 { wrapped &+= i % 7 }
print(wrapped)
print(2 * 3 + 4 * 5 - 6 / 2)
print((2 + 3) * (4 - 1))
print(1 << 10, 1024 >> 3, 6 & 3, 6 | 3, 6 ^ 3)
