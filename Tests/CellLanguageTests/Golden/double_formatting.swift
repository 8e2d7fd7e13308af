// Doubles print with Swift's shortest round-trip formatting.
print(0.1 + 0.2)
print(1.0, 2.5, 100.0, -0.0)
print(1e16, 1e15, 123456789.123, 1e-5, 0.0001)
print(1.0 / 3.0, 2.0 / 3.0)
print(Double.pi, Double.infinity, -Double.infinity)
print(Double.nan)
print(3.0 * 1.1)
print(1e300 * 1e10)
print(5e-324)
print(Double.greatestFiniteMagnitude)
let values = [0.5, 0.25, 1.0 / 7.0]
print(values)
var sum = 0.0
for v in values { sum += v }
print(sum)
print(7.0 / 2, 7.0 / 0.5)
print(-1.5 / 0.0)
