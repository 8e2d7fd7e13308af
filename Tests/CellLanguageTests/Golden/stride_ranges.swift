// Ranges and strides.
for x in stride(from: 0.0, to: 1.0, by: 0.1) { print(x, terminator: " ") }
print()
for x in stride(from: 0.0, through: 1.0, by: 0.25) { print(x, terminator: " ") }
print()
for i in stride(from: 10, through: 0, by: -3) { print(i, terminator: " ") }
print()
print(Array(stride(from: 1, to: 10, by: 2)))
let r = 0..<10
print(r.count, r.lowerBound, r.upperBound, (1...4).count)
print((0..<5).map { $0 * 3 }, (1...3).reduce(0, +))
print((0..<6).filter { $0 % 2 == 1 })
for i in (0..<4).reversed() { print(i, terminator: "") }
print()
let n = 3
for i in 0...n { print(i * i, terminator: ",") }
print()
let xs = Array(stride(from: -1.0, through: 1.0, by: 0.5))
print(xs)
print((1...10).contains(5), (1...10).allSatisfy { $0 > 0 })
