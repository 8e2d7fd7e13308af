// for-in over ranges and arrays, where clauses, while, repeat-while, break/continue, labels.
for i in 0..<3 { print("i =", i) }
for i in 1...3 { print(i, terminator: " ") }
print()
var total = 0
for _ in 0..<5 { total += 2 }
print(total)
for x in [10, 20, 30] where x != 20 { print(x) }
var n = 0
while n < 5 {
    n += 1
    if n == 2 { continue }
    if n == 4 { break }
    print("n", n)
}
var k = 10
repeat {
    k -= 3
} while k > 0
print(k)
outer: for a in 0..<3 {
    for b in 0..<3 {
        if b == 2 { continue outer }
        if a == 2 { break outer }
        print(a, b)
    }
}
var count = 0
for i in 0..<10 {
    if i % 3 == 0 { continue }
    count += i
}
print(count)
let empty: [Int] = []
for e in empty { print(e) }
for i in 5..<5 { print(i) }
var sum = 0
for i in stride(from: 0, to: 10, by: 3) { sum += i }
print(sum)
