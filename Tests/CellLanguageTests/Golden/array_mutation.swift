// Changing arrays: a to-do list for a study week.
import Foundation
var todo = ["leggere capitolo 1", "esercizi", "ripasso"]
todo.append("quiz")
print(todo)
todo.insert("preparare appunti", at: 0)
print(todo)
todo += ["progetto", "consegna"]
print(todo.count)

let removed = todo.remove(at: 2)
print("removed:", removed)
let last = todo.removeLast()
let first = todo.removeFirst()
print(first, "|", last)
print(todo)

todo[0] = "LEGGERE capitolo 1"
todo.swapAt(1, 2)
print(todo)

todo.reverse()
print(todo)
todo.sort()
print(todo)

// Building arrays.
var zeros = [Double](repeating: 0, count: 4)
zeros[2] = 1.5
print(zeros)
var matrix = [[Int]](repeating: [0, 0, 0], count: 2)
matrix[0][1] = 5
matrix[1][2] = 7
print(matrix)
var countdown = Array(1...5)
countdown.reverse()
print(countdown)

// Value semantics for arrays.
var original = [1, 2, 3]
var copy = original
copy.append(4)
copy[0] = 100
print(original, copy)

// Remove everything matching a condition, keeping order.
var numbers = Array(1...12)
var kept: [Int] = []
for n in numbers where n % 3 != 0 { kept.append(n) }
numbers = kept
print(numbers)

// Insert in sorted position.
var sortedList = [3, 8, 15, 21]
for value in [10, 1, 30] {
    let index = sortedList.firstIndex { $0 > value } ?? sortedList.count
    sortedList.insert(value, at: index)
}
print(sortedList)

// removeAll and isEmpty.
var queue = ["a", "b"]
queue.removeAll()
print(queue.isEmpty, queue.count, queue)
queue.append("c")
print(queue)
