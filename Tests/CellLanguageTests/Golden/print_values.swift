// How different values print: structs, enums, optionals, tuples and nested collections.
import Foundation
struct Sample {
    var features: [Double]
    var label: String
    var weight: Double? = nil
}
enum Split {
    case train, test
    case fold(Int)
}

let s = Sample(features: [0.5, 1.0], label: "gatto")
print(s)
print(Sample(features: [], label: "cane", weight: 2.0))
print([s])
print(Split.train, Split.fold(3))
print([Split.test, Split.fold(1)])

let maybe: Int? = 4
let nothing: Int? = nil
print(maybe as Any, nothing as Any)
print([maybe, nothing])
print("\(String(describing: maybe)) \(String(describing: nothing))")
let maybeName: String? = "Eva"
print(maybeName as Any, [maybeName])

print((1, "a"), (x: 1.5, y: -2.0))
print([(1, 2), (3, 4)])
print([(name: "a", score: 1)])
let nestedTuple = (1, (2.5, "tre"), [4])
print(nestedTuple)

print([[1, 2], [3, 4, 5], []])
print([["a"], ["b", "c"]])
print([[0.1, 0.2], [0.30000000000000004]])
print([1: "uno"])
print(["chiave": [1, 2, 3]])
print(["k": ["nested": true]])
print([["x": 1]])

let table: [[String: Int]] = [["a": 1], ["b": 2]]
print(table)
let optionalArray: [Int]? = [1, 2]
print(optionalArray as Any)
let arrayOfOptionalStrings: [String?] = ["x", nil]
print(arrayOfOptionalStrings)

print("string", "with \"quotes\"", ["with \"quotes\""])
let chars: [Character] = ["a", "b"]
print(chars, chars[0])
print([1.0, 2.0, 1e20, 1e-7, -0.0])
print(0.1 + 0.2, 1.0 / 3.0, 100.0, 1e16, 123456789.0)
print(Double(Int.max), Double(1 << 53))
print([true: "vero"])
print(1...3, [1...3])
