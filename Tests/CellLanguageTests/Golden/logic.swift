// Comparison and logic operators, the ternary operator.
let a = 3
let b = 7
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(a < b && b < 10, a > b || b > 5, !(a < b))
let label = a > b ? "big" : "small"
print(label)
let value = a % 2 == 0 ? 0.0 : 1.5
print(value)
print("apple" < "banana", "a" == "a", "Z" < "a")
print(1.5 < 2.5, 2.0 == 2.0)
print(true == false, true != false)
var count = 0
func bump() -> Bool {
    count += 1
    return true
}
if false && bump() { print("no") }
if true || bump() { print("short-circuit", count) }
let grade = 75
if grade >= 90 {
    print("A")
} else if grade >= 70 {
    print("B")
} else {
    print("C")
}
