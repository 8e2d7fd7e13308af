// The many forms of for-in.
import Foundation
let names = ["Ada", "Alan", "Grace", "Edsger", "Barbara"]
let years = [1815, 1912, 1906, 1930, 1939]

for name in names where name.count > 4 {
    print(name)
}

for (index, name) in names.enumerated() {
    print(index, name)
}

for (index, name) in names.enumerated() where index % 2 == 0 {
    print("even position:", name)
}

for (name, year) in zip(names, years) {
    print("\(name) (\(year))")
}

for (name, year) in zip(names, years) where year > 1910 {
    print("20th century:", name)
}

// zip stops at the shorter sequence.
let pairs = Array(zip([1, 2, 3, 4], ["a", "b"]))
print(pairs.count)
for (n, s) in pairs { print(n, s) }

for i in stride(from: 0, to: names.count, by: 2) {
    print(i, names[i])
}

for name in names.reversed() {
    print(name, terminator: " ")
}
print()

// Ignoring the loop variable.
var dots = ""
for _ in 1...5 { dots += "." }
print(dots)

// Iterating over a string and over a dictionary's sorted keys.
for ch in "ciao" { print(ch, terminator: "-") }
print()
let birthYears = Dictionary(uniqueKeysWithValues: zip(names, years))
for name in birthYears.keys.sorted() {
    print(name, birthYears[name]!)
}
for (name, year) in birthYears.sorted(by: { $0.value < $1.value }) {
    print(year, name)
}

// Nested loops building a multiplication table.
for row in 1...3 {
    var cells: [String] = []
    for column in 1...5 {
        cells.append(String(row * column))
    }
    print(cells.joined(separator: "\t"))
}

// Indices of an array.
var scores = [3, 8, 5]
for i in scores.indices { scores[i] *= 10 }
print(scores)
