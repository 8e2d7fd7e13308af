// inout parameters: sorting algorithms that modify an array in place.
import Foundation
func swapAt(_ values: inout [Int], _ i: Int, _ j: Int) {
    let tmp = values[i]
    values[i] = values[j]
    values[j] = tmp
}

func bubbleSort(_ values: inout [Int]) -> Int {
    var swaps = 0
    var n = values.count
    var changed = true
    while changed {
        changed = false
        for i in stride(from: 1, to: n, by: 1) where values[i - 1] > values[i] {
            swapAt(&values, i - 1, i)
            swaps += 1
            changed = true
        }
        n -= 1
    }
    return swaps
}

func insertionSort(_ values: inout [Int]) {
    for i in 1..<values.count {
        let key = values[i]
        var j = i - 1
        while j >= 0 && values[j] > key {
            values[j + 1] = values[j]
            j -= 1
        }
        values[j + 1] = key
    }
}

var data = [29, 10, 14, 37, 13, 5, 88, 1]
var copy = data
let swaps = bubbleSort(&data)
print("bubble:", data, "swaps:", swaps)
insertionSort(&copy)
print("insertion:", copy, copy == data)

// inout on simple values and on elements of nested arrays.
func increment(_ value: inout Int, by amount: Int = 1) { value += amount }
var counter = 0
increment(&counter)
increment(&counter, by: 5)
print(counter)

var grid = [[0, 0, 0], [0, 0, 0]]
increment(&grid[1][2], by: 7)
increment(&grid[0][0])
print(grid)

func normalizeInPlace(_ weights: inout [Double]) {
    let total = weights.reduce(0, +)
    for i in weights.indices { weights[i] /= total }
}
var weights = [1.0, 3.0, 4.0]
normalizeInPlace(&weights)
print(weights)

func clamp(_ x: inout Double, low: Double, high: Double) {
    x = min(max(x, low), high)
}
var signal = [-2.5, 0.3, 1.7, 0.9]
for i in signal.indices { clamp(&signal[i], low: 0, high: 1) }
print(signal)

var left = "sinistra"
var right = "destra"
(left, right) = (right, left)
print(left, right)
