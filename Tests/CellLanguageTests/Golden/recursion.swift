// Recursive functions: from factorials to the towers of Hanoi.
import Foundation
func factorial(_ n: Int) -> Int {
    n <= 1 ? 1 : n * factorial(n - 1)
}
print((0...10).map(factorial))

func gcd(_ a: Int, _ b: Int) -> Int {
    b == 0 ? a : gcd(b, a % b)
}
print(gcd(48, 18), gcd(17, 5), gcd(100, 75))

// Fibonacci with memoization in a dictionary.
var memo: [Int: Int] = [:]
func fibonacci(_ n: Int) -> Int {
    if n < 2 { return n }
    if let known = memo[n] { return known }
    let value = fibonacci(n - 1) + fibonacci(n - 2)
    memo[n] = value
    return value
}
print(fibonacci(50), memo.count)

// Towers of Hanoi collect their moves in an array.
var moves: [String] = []
func hanoi(_ n: Int, from: String, to: String, via: String) {
    if n == 0 { return }
    hanoi(n - 1, from: from, to: via, via: to)
    moves.append("\(from)->\(to)")
    hanoi(n - 1, from: via, to: to, via: from)
}
hanoi(3, from: "A", to: "C", via: "B")
print(moves.count, moves.joined(separator: " "))

// Permutations of a small array.
func permutations(_ items: [Int]) -> [[Int]] {
    if items.count <= 1 { return [items] }
    var result: [[Int]] = []
    for (i, item) in items.enumerated() {
        var rest = items
        rest.remove(at: i)
        for tail in permutations(rest) {
            result.append([item] + tail)
        }
    }
    return result
}
let perms = permutations([1, 2, 3])
print(perms.count, perms)

// Binary search, recursively.
func binarySearch(_ values: [Int], _ target: Int, _ low: Int, _ high: Int) -> Int? {
    if low > high { return nil }
    let mid = (low + high) / 2
    if values[mid] == target { return mid }
    return values[mid] < target
        ? binarySearch(values, target, mid + 1, high)
        : binarySearch(values, target, low, mid - 1)
}
let sortedValues = [2, 3, 5, 7, 11, 13, 17, 19, 23]
for target in [7, 23, 4] {
    print(target, binarySearch(sortedValues, target, 0, sortedValues.count - 1) as Any)
}

// Mutual recursion.
func isEven(_ n: Int) -> Bool { n == 0 ? true : isOdd(n - 1) }
func isOdd(_ n: Int) -> Bool { n == 0 ? false : isEven(n - 1) }
print(isEven(10), isOdd(7), isEven(3))

// Sum of digits.
func digitSum(_ n: Int) -> Int { n < 10 ? n : n % 10 + digitSum(n / 10) }
print(digitSum(98765), digitSum(0))
