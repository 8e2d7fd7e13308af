// Integer literals above Int.max: UInt64 and UInt values (and Doubles) where those types are expected.
let largest: UInt64 = 18_446_744_073_709_551_615
let pattern: UInt64 = 0xFFFF_FFFF_FFFF_FFFF
let half: UInt = 9_223_372_036_854_775_808
print(largest, pattern, half, largest == pattern, largest == UInt64.max)
print(largest / 2, largest - 1, half + 1, largest % 10)
let converted = UInt64(18_446_744_073_709_551_615)
var values: [UInt64] = [1, 18_446_744_073_709_551_615, 10_000_000_000_000_000_000]
values.sort()
print(converted, values, values.max()!)
func check(_ value: UInt64) -> Bool { value > 9_300_000_000_000_000_000 }
print(check(largest), check(1))
let optional: UInt64? = 12_000_000_000_000_000_000
print(optional ?? 0)
