// Closures for sorting and filtering a class register.
import Foundation
let students = ["Marco", "Anna", "Luca", "Beatrice", "Elia", "Chiara"]
let grades = [7, 9, 6, 10, 8, 9]

// Full closure syntax, then shorter forms.
let byLengthFull = students.sorted(by: { (a: String, b: String) -> Bool in
    return a.count < b.count
})
print(byLengthFull)
let byLengthShort = students.sorted { $0.count < $1.count }
print(byLengthShort)
let alphabetical = students.sorted()
print(alphabetical)
print(students.sorted(by: >))

// Sorting pairs by two keys: grade descending, then name.
let pairs = Array(zip(students, grades))
let ranking = pairs.sorted { a, b in
    if a.1 != b.1 { return a.1 > b.1 }
    return a.0 < b.0
}
for (position, pair) in ranking.enumerated() {
    print("\(position + 1). \(pair.0) \(pair.1)")
}

// Closures stored in variables.
let isExcellent: (Int) -> Bool = { $0 >= 9 }
let excellent = pairs.filter { isExcellent($0.1) }.map { $0.0 }
print(excellent)

let formatter = { (name: String, grade: Int) -> String in
    "\(name.uppercased()): \(grade)/10"
}
print(formatter("Anna", 9))

// Trailing closure syntax with a function of our own.
func apply(_ values: [Int], _ transform: (Int) -> Int) -> [Int] {
    var result: [Int] = []
    for v in values { result.append(transform(v)) }
    return result
}
print(apply(grades) { $0 + 1 })
print(apply(grades) { min($0 + 2, 10) })

// Capturing a local value.
let bonus = 3
let withBonus = grades.map { min($0 + bonus, 10) }
print(withBonus)

// Operators as functions.
print(grades.reduce(0, +), grades.reduce(1, *))
print(grades.sorted(by: <))
print(grades.max()!, grades.min()!)
