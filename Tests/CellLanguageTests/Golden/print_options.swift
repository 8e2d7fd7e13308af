// print with separators and terminators: drawing simple text charts.
import Foundation
print("a", "b", "c")
print("a", "b", "c", separator: "")
print("a", "b", "c", separator: " -> ")
print(1, 2.5, true, "x", separator: " | ")

// Building a line piece by piece.
for i in 1...5 {
    print(i, terminator: i < 5 ? ", " : "\n")
}
print("loading", terminator: "")
for _ in 0..<3 { print(".", terminator: "") }
print(" done")

// A bar chart.
let sales = [("gen", 3), ("feb", 7), ("mar", 5), ("apr", 9)]
for (month, value) in sales {
    print(month, String(repeating: "#", count: value), value, separator: " ")
}

// Empty print and empty strings.
print()
print("")
print("", "")
print("end", terminator: "\n\n")
print("after blank line")

// Separator with several values and arrays.
let row = [1.5, 2.25, 3.0]
print(row)
print(row.map { String($0) }.joined(separator: ";"))
print("valori:", row[0], row[1], row[2], separator: "  ")

// A table with columns separated by tabs.
let header = ["x", "x^2", "x^3"]
print(header.joined(separator: "\t"))
for x in 1...4 {
    print(x, x * x, x * x * x, separator: "\t")
}

// Terminator and separator together.
print("A", "B", separator: "+", terminator: "=")
print("AB")
print("no", "space", separator: "", terminator: "!\n")

// Printing a grid of characters.
let size = 4
for r in 0..<size {
    for c in 0..<size {
        print(r == c ? "\\" : (r + c == size - 1 ? "/" : "."), terminator: "")
    }
    print()
}
