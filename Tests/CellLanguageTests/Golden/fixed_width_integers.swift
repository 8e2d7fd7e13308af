// Fixed-width integers: bounds, literals in every base, conversions, bitwise operators, smart shifts, overflow
// operators, comparisons, collections and type aliases.
print(UInt8.min, UInt8.max, Int8.min, Int8.max, UInt16.max, Int16.min, UInt32.max, Int32.min)
print(UInt64.max, Int64.min, Int64.max, UInt.max, UInt8.bitWidth, Int32.bitWidth)
let twoThousand: UInt16 = 2_000
let one: UInt8 = 1
print(twoThousand + UInt16(one), UInt8(200) + 55, Int8(-100) - 28)
typealias AudioSample = UInt16
var maxAmplitudeFound = AudioSample.min
maxAmplitudeFound = 0xFFFF
print("maxAmplitudeFound is now \(maxAmplitudeFound)")
let initialBits: UInt8 = 0b00001111
print(~initialBits, initialBits & 0b00111100, initialBits | 0b11110000, initialBits ^ 0b01010101)
let shiftBits: UInt8 = 4
print(shiftBits << 1, shiftBits << 5, shiftBits << 6, shiftBits >> 2, shiftBits << 8, shiftBits >> 9)
let amount = 3
print(shiftBits << amount, shiftBits >> -1, Int8(-128) >> 3, Int8(-128) >> 100, Int8(-1) << 7, UInt64.max >> 63)
let pink: UInt32 = 0xCC6699
print((pink & 0xFF0000) >> 16, (pink & 0x00FF00) >> 8, pink & 0x0000FF, 0o17 as UInt8)
var unsignedOverflow = UInt8.max
unsignedOverflow = unsignedOverflow &+ 1
print(unsignedOverflow, UInt8.min &- 1, Int8.max &+ 1, Int8.min &- 1, Int16(300) &* 300, UInt64.max &* 2)
print(Int16(-7) / 2, Int16(-7) % 2, UInt32(7) / 2, UInt64.max / 3, UInt64.max % 10, -Int32(5), +UInt8(5))
print(UInt8(truncatingIfNeeded: -3), Int8(truncatingIfNeeded: 200), UInt16(truncatingIfNeeded: 70000))
print(UInt8(3.9), Int8(-3.9), UInt64(1e19), Int(UInt8.max) + 1, Double(Int16.min), Double(UInt64.max))
print(Int16(exactly: 70000) as Any, UInt8(exactly: 200) as Any, UInt8(exactly: 3.5) as Any, UInt8("255") as Any, UInt8("256") as Any)
print(UInt8(12).nonzeroBitCount, Int8(-1).nonzeroBitCount, UInt8(1).leadingZeroBitCount, UInt16(8).trailingZeroBitCount)
let small: UInt8 = 7, large: UInt8 = 200
print(small < large, small > large, small <= 7, large >= 201, small == 7, small != 7, UInt64.max > 1)
let samples: [UInt8] = [200, 3, 1, 2]
print(samples, samples.sorted(), samples.max()!, samples.min()!, [UInt64.max], "\(UInt64.max)")
var names: [UInt16: String] = [1: "one"]
names[2] = "two"
print(names[2]!, names.count, Set<Int8>([1, 1, -1]).count)
print(String(UInt32.max), UInt8(9).description, String(describing: Int64.min))
func half(_ x: UInt32) -> UInt32 { x / 2 }
print(half(10), half(0xFFFF_FFFF))
struct Reading { var level: UInt8; var id: UInt64 }
var reading = Reading(level: 250, id: 1234_5678_9012_3456)
reading.level &+= 10
reading.level <<= 1
print(reading.level, reading.id, reading)
var counter: Int64 = 1
for _ in 0..<62 { counter *= 2 }
print(counter, counter / -1)
let level: UInt8 = 200, count = 3
print(level == count, level > count, UInt64.max > Int.max, Int8(-1) < UInt8(0), Int8(-1) == UInt64.max, count != level)
print(max(level, 7), min(level, 7, 3), abs(Int8(-3)), max(UInt64.max, 1))
print(String(level, radix: 2), String(pink, radix: 16), String(pink, radix: 16, uppercase: true), String(-255, radix: 16))
print(String(UInt64.max, radix: 36), String(Int8(-128), radix: 2), Int8(-128).magnitude, Int64.min.magnitude, UInt8(7).magnitude)
enum Level: UInt8 { case low = 1, mid, high = 200 }
print(Level.high.rawValue, Level.mid.rawValue, Level(rawValue: 2) == .mid, Level(rawValue: 3) as Any, Level.low)
enum Offset: Int16 { case before = -300, after }
print(Offset.after.rawValue, Offset(rawValue: -300)!)
