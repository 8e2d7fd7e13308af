// Regression: `Range<Int>.isEmpty` (`(3..<3).isEmpty`).
// Ranges and strides: counting, sampling and stepping.
import Foundation
let halfOpen = 0..<5
let closed = 1...5
print(halfOpen, closed)
print(halfOpen.count, closed.count)
print(halfOpen.contains(5), closed.contains(5))
print(halfOpen.lowerBound, halfOpen.upperBound, closed.lowerBound, closed.upperBound)
print(Array(halfOpen), Array(closed))

let squares = (1...6).map { $0 * $0 }
print(squares)
let evenSum = (1...100).filter { $0 % 2 == 0 }.reduce(0, +)
print("sum of even numbers up to 100:", evenSum)

// Counting down.
var countdown: [Int] = []
for i in (1...5).reversed() {
    countdown.append(i)
}
print(countdown)

// Stride with integers: to excludes the end, through includes it.
var byThree: [Int] = []
for n in stride(from: 0, to: 15, by: 3) { byThree.append(n) }
print(byThree)
var throughFifteen: [Int] = []
for n in stride(from: 0, through: 15, by: 5) { throughFifteen.append(n) }
print(throughFifteen)
var down: [Int] = []
for n in stride(from: 10, to: 0, by: -4) { down.append(n) }
print(down)

// Stride with doubles: sampling a function.
for x in stride(from: 0.0, through: 1.0, by: 0.25) {
    print(x, x * x)
}

// Ranges as array slices.
let temperatures = [12.0, 14.5, 17.0, 19.5, 21.0, 18.5, 15.0]
let middle = Array(temperatures[2..<5])
print(middle)
print(Array(temperatures[4..<temperatures.count]), temperatures[1...2].reduce(0, +))

// Empty ranges.
let empty = 3..<3
print(empty.isEmpty, empty.count, Array(empty))
var ran = false
for _ in empty { ran = true }
print("loop ran:", ran)

// Ranges in conditions.
let ages = [4, 15, 27, 65, 82]
for age in ages {
    let group = (0..<14).contains(age) ? "bambino" : (14..<18).contains(age) ? "ragazzo" : "adulto"
    print(age, group)
}
