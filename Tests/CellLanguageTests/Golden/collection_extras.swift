// Less common but everyday collection operations.
import Foundation
var a = 1
var b = 2
swap(&a, &b)
print(a, b)

var stock: [String: Int] = ["mele": 5]
stock["mele"]! += 3
let previous = stock.updateValue(10, forKey: "pere")
let replaced = stock.updateValue(1, forKey: "mele")
print(previous as Any, replaced as Any)
for key in stock.keys.sorted() { print(key, stock[key]!) }

var seen: Set<Int> = [1, 2]
let result = seen.insert(2)
let added = seen.insert(3)
print(result.inserted, result.memberAfterInsert, added.inserted)

var numbers = Array(1...10)
numbers.removeAll(where: { $0 % 3 == 0 })
print(numbers)
print(numbers.firstIndex(where: { $0 > 4 }) as Any)
print(["a", "b", "c"].joined())
print([[1, 2], [3]].joined().map { $0 * 10 })

let words = ["uno", "due", "tre"]
print(words.enumerated().map { "\($0.offset):\($0.element)" })
print(Array(words.enumerated()).count)
print(words.reduce(into: "") { $0 += $1.prefix(1) })
var counts: [Character: Int] = [:]
for w in words { counts[w.first!, default: 0] += 1 }
print(counts.keys.sorted(), counts.values.reduce(0, +))
print(numbers.lazy.filter { $0 > 5 }.map { $0 * 2 }.first as Any)
print(Array(numbers.reversed().prefix(2)))
print(numbers.starts(with: [1, 2]), numbers.elementsEqual(numbers.sorted()))
