// Asking questions about arrays: the results of a class test.
import Foundation
let scores = [18, 25, 30, 22, 27, 15, 30, 24]
let students = ["Rita", "Omar", "Ivo", "Sofia", "Nina", "Leo", "Pia", "Dario"]

print(scores.count, scores.isEmpty)
print(scores.first!, scores.last!)
print(scores.min()!, scores.max()!)
print(scores.contains(30), scores.contains(29))
print(scores.contains { $0 < 18 }, scores.contains { $0 < 16 })
print(scores.allSatisfy { $0 >= 15 }, scores.allSatisfy { $0 >= 18 })
print(scores.first { $0 > 26 }!, scores.first { $0 > 30 } as Any)
print(scores.firstIndex(of: 30)!, scores.lastIndex(of: 30)!)
print(scores.firstIndex { $0 < 20 }!, scores.firstIndex(of: 99) as Any)
print(scores.firstIndex(of: 29) == nil)

// Who got the maximum?
let best = scores.max()!
let winners = scores.indices.filter { scores[$0] == best }.map { students[$0] }
print("best score \(best):", winners)

// Prefix, suffix, drop.
let sortedScores = scores.sorted(by: >)
print(Array(sortedScores.prefix(3)))
print(Array(sortedScores.suffix(2)))
print(Array(sortedScores.dropFirst(6)))
print(Array(sortedScores.dropLast(5)))
print(Array(scores.reversed()))
print(Array(scores[2..<5]))

// Counting with filter and reduce.
let passed = scores.filter { $0 >= 18 }.count
let failedNames = zip(students, scores).filter { $0.1 < 18 }.map { $0.0 }
print(passed, failedNames)
let average = Double(scores.reduce(0, +)) / Double(scores.count)
print(average)

// Equality and emptiness.
let empty: [Int] = []
print(empty.isEmpty, empty.first as Any, empty.max() as Any)
print([1, 2, 3] == [1, 2, 3], [1, 2] == [2, 1])
print(students.contains("Ivo"), students.firstIndex(of: "Nina")!)

// Median of an even-sized list.
let middle = sortedScores.count / 2
let median = Double(sortedScores[middle - 1] + sortedScores[middle]) / 2
print("median:", median)

// Sorting names by their score.
let ranking = students.indices.sorted { scores[$0] > scores[$1] || (scores[$0] == scores[$1] && students[$0] < students[$1]) }
print(ranking.map { students[$0] })
