// Nested control flow, guard in loops, early returns, while with complex conditions.
func classify(_ n: Int) -> String {
    if n < 0 {
        return "negative"
    } else if n == 0 {
        return "zero"
    } else if n % 2 == 0 {
        return n > 100 ? "big even" : "even"
    }
    return "odd"
}
print([-5, 0, 4, 7, 200].map(classify))
var found = -1
var i = 0
while i < 100 && found < 0 {
    if i * i > 50 { found = i }
    i += 1
}
print(found, i)
func firstNegative(_ xs: [Int]) -> Int? {
    for x in xs {
        guard x >= 0 else { return x }
    }
    return nil
}
print(firstNegative([3, 4, -2, -8]) as Any, firstNegative([1]) as Any)
var total = 0
for a in 1...4 {
    for b in 1...4 {
        if a == b { continue }
        if a + b > 6 { break }
        total += a * b
    }
}
print(total)
var countdown = 3
repeat {
    print("T-\(countdown)")
    countdown -= 1
} while countdown > 0
print("liftoff")
var steps = 0
search: while true {
    steps += 1
    for k in 0..<5 where k * steps > 12 {
        break search
    }
}
print(steps)
