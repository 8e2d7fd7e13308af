// Numeric edge cases that print exactly like compiled Swift.
print(0.1 * 3, 1.1 + 2.2, 3.3 - 1.1)
print(1.0 / 0.0, -1.0 / 0.0)
print(Double.pi * 2, Double.pi / 180)
print(1e-7, 1.5e-7, 123456.789e3)
print(2.0 * 1e15, 9007199254740993.0)
print(Double(Int.max), Double(1 << 53))
print(Int(1e18), Int(-3.99), Int(0.9999))
print(100 / 7, 100 % 7, -100 / 7, -100 % 7)
print(Double(100) / 7)
let tiny = 1e-300 * 1e-300
print(tiny, tiny == 0)
print(0.1 + 0.7, 4.35 * 100, 1.005 * 1000)
print([0.1 + 0.2, 1.0 / 3])
print(Float80Absent())
func Float80Absent() -> String { "ok" }
print((0.1).description, 2.5.description)
print(12345678901234567890.0, 0.000001, 1234567.0)
