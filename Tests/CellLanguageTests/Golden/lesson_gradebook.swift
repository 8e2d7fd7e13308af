// Lesson: a class gradebook with structs, sorting and grouping.
import Foundation
struct Student {
    let name: String
    let group: String
    var marks: [Int]

    var average: Double {
        marks.isEmpty ? 0 : Double(marks.reduce(0, +)) / Double(marks.count)
    }
    var passed: Bool { average >= 6 }
}
var register = [
    Student(name: "Alice", group: "A", marks: [7, 8, 6]),
    Student(name: "Bruno", group: "B", marks: [5, 6, 4]),
    Student(name: "Cesare", group: "A", marks: [9, 9, 10]),
    Student(name: "Dora", group: "B", marks: [6, 7]),
    Student(name: "Enzo", group: "C", marks: []),
]
// --- cell ---
register[1].marks.append(8)
register[4].marks += [6, 5]
for s in register {
    print(String(format: "%-7@ %@  %.2f  %@", s.name, s.group, s.average, s.passed ? "promosso" : "rimandato"))
}
// --- cell ---
let ranking = register.sorted { $0.average > $1.average }
print(ranking.map { $0.name })
let best = register.max { $0.average < $1.average }!
print("migliore:", best.name, best.marks)
let failing = register.filter { !$0.passed }.map { $0.name }
print("rimandati:", failing)
// --- cell ---
let groups = Dictionary(grouping: register, by: { $0.group })
for g in groups.keys.sorted() {
    let members = groups[g]!
    let mean = members.map { $0.average }.reduce(0, +) / Double(members.count)
    print(g, members.map { $0.name }, String(format: "%.3f", mean))
}
// --- cell ---
let allMarks = register.flatMap { $0.marks }
let distribution = allMarks.reduce(into: [Int: Int]()) { $0[$1, default: 0] += 1 }
for mark in distribution.keys.sorted() {
    print(String(format: "%2d", mark), String(repeating: "o", count: distribution[mark]!))
}
print(allMarks.count, allMarks.min()!, allMarks.max()!)
print(register[0])
