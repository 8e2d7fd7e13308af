// Loops: while, repeat-while, labelled break and continue.
import Foundation
// Searching a grid of seats for the first free pair.
let seats = [
    [true, false, true, true],
    [true, true, false, false],
    [false, false, true, false],
]
var found: (row: Int, column: Int)? = nil
search: for (r, row) in seats.enumerated() {
    for c in 0..<(row.count - 1) {
        if !row[c] && !row[c + 1] {
            found = (r, c)
            break search
        }
    }
}
if let f = found { print("free pair at row \(f.row), column \(f.column)") }

// continue outer: skip rows containing a broken seat (marked by false at index 0).
var usableRows: [Int] = []
rows: for (r, row) in seats.enumerated() {
    for seat in row where seat == false {
        if row.first == false { continue rows }
    }
    usableRows.append(r)
}
print(usableRows)

// while: Collatz sequence.
var n = 27
var steps = 0
var peak = n
while n != 1 {
    n = n % 2 == 0 ? n / 2 : 3 * n + 1
    peak = max(peak, n)
    steps += 1
}
print("steps:", steps, "peak:", peak)

// repeat-while runs at least once.
var attempts = 0
var value = 100
repeat {
    value /= 3
    attempts += 1
} while value > 5
print(value, attempts)

var once = 0
repeat { once += 1 } while false
print(once)

// Prime numbers with a labelled continue.
var primes: [Int] = []
candidates: for candidate in 2...50 {
    for p in primes where p * p <= candidate {
        if candidate % p == 0 { continue candidates }
    }
    primes.append(candidate)
}
print(primes)

// Nested loops with break in the inner loop only.
var table: [String] = []
for i in 1...4 {
    var line = ""
    for j in 1...4 {
        if j > i { break }
        line += "\(i * j) "
    }
    table.append(line)
}
for line in table { print(line) }

// Newton's method until convergence.
var x = 10.0
var iterations = 0
while abs(x * x - 2) > 1e-12 && iterations < 100 {
    x = x - (x * x - 2) / (2 * x)
    iterations += 1
}
print(x, iterations)
