// Pattern matching outside switch: if case, guard case, for case and while let.
import Foundation
enum Reading {
    case value(Double)
    case missing
    case error(String)
}
let readings: [Reading] = [.value(1.5), .missing, .value(2.5), .error("sensore"), .value(4.0)]

if case .value(let v) = readings[0] {
    print("first reading:", v)
}
if case .missing = readings[1] {
    print("second reading is missing")
}
if case .value(let v) = readings[2], v > 2 {
    print("third reading is large:", v)
}

var total = 0.0
for case .value(let v) in readings {
    total += v
}
print("total:", total)

for case .error(let message) in readings {
    print("error:", message)
}

func firstValue(_ items: [Reading]) -> Double {
    for item in items {
        guard case .value(let v) = item else { continue }
        return v
    }
    return -1
}
print(firstValue(readings), firstValue([.missing]))

// while let drains a stack.
var stack = [1, 2, 3]
var popped: [Int] = []
while let top = stack.popLast() {
    popped.append(top)
}
print(popped, stack.isEmpty)

// for case let with optionals.
let maybeNumbers: [Int?] = [1, nil, 3, nil, 5]
var present: [Int] = []
for case let n? in maybeNumbers {
    present.append(n)
}
print(present)

// Ranges of characters as patterns.
func category(_ ch: Character) -> String {
    switch ch {
    case "a"..."z": return "minuscola"
    case "A"..."Z": return "maiuscola"
    case "0"..."9": return "cifra"
    default: return "altro"
    }
}
print("aZ7!".map { category($0) })
