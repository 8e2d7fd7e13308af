// Integers in binary: bit operations, masks and wrapping arithmetic.
import Foundation
func binary(_ n: Int, width: Int = 8) -> String {
    var digits = ""
    for i in stride(from: width - 1, through: 0, by: -1) {
        digits += (n >> i) & 1 == 1 ? "1" : "0"
    }
    return digits
}

let a = 0b1011_0110
let b = 0x3C
print(a, b)
print(binary(a), binary(b))
print(binary(a & b), binary(a | b), binary(a ^ b))
print(binary(a << 1, width: 10), binary(a >> 3))
print(binary(a ^ 0xFF))

// Counting set bits and testing powers of two.
func popCount(_ n: Int) -> Int {
    var x = n
    var count = 0
    while x != 0 {
        count += x & 1
        x >>= 1
    }
    return count
}
print((0...8).map(popCount))
let powers = (1...70).filter { $0 & ($0 - 1) == 0 }
print(powers)

// Flags stored in one integer.
let canRead = 1 << 0
let canWrite = 1 << 1
let canRun = 1 << 2
var permissions = canRead | canRun
print(permissions, permissions & canWrite != 0, permissions & canRun != 0)
permissions |= canWrite
permissions &= 0b111 ^ canRun
print(binary(permissions, width: 3))

// Wrapping operators versus checked arithmetic.
let big = Int.max
print(big &+ 1 == Int.min, big &* 2, Int.min &- 1 == Int.max)
var hash = 5381
let alphabet = Array("abcdefghijklmnopqrstuvwxyz")
for ch in "nbrun" {
    hash = (hash << 5) &+ hash &+ alphabet.firstIndex(of: ch)!
}
print(hash)

// Integer helpers.
print(17.isMultiple(of: 3), 18.isMultiple(of: 3), abs(-42), (-7) / 2, (-7) % 2)
print(Int.max / 2 + Int.max / 2 + 1 == Int.max)
print((1...20).filter { $0.isMultiple(of: 4) })
print(1 << 10, 1024 >> 3, -16 >> 2)
