// A String's utf8, utf16 and unicodeScalars views: iteration, counts, collection members, conversions to
// arrays, printing, and Unicode.Scalar values.
let dogString = "Dog‼🐶"
for codeUnit in dogString.utf8 { print("\(codeUnit) ", terminator: "") }
print("")
for codeUnit in dogString.utf16 { print("\(codeUnit) ", terminator: "") }
print("")
for scalar in dogString.unicodeScalars { print("\(scalar.value) \(scalar)", terminator: " ") }
print("")
print(dogString.utf8, dogString.utf16, dogString.unicodeScalars, [dogString.utf8], [dogString.unicodeScalars])
print(dogString.utf8.count, dogString.utf16.count, dogString.unicodeScalars.count, "".utf8.isEmpty)
print(Array(dogString.utf8), [UInt16](dogString.utf16), Array(dogString.unicodeScalars))
print(dogString.utf8.first as Any, dogString.utf16.last as Any, dogString.unicodeScalars.first as Any)
print(dogString.utf8.filter { $0 >= 128 }, dogString.utf16.map { Int($0) * 2 }, dogString.unicodeScalars.map { $0.value })
print(dogString.utf8.reduce(0) { $0 + Int($1) }, dogString.utf8.contains(68), dogString.utf8.max()!, dogString.utf16.sorted())
print(dogString.unicodeScalars.allSatisfy { $0.isASCII }, dogString.unicodeScalars.filter { $0.isASCII }, "é\n".unicodeScalars.map { $0 })
let a: Unicode.Scalar = "A"
let b: UnicodeScalar = "é"
print(a, b, a < b, a == "A", a.value + 1, [a, b].sorted(by: >), type(of: a), type(of: dogString.utf16), String(b), b.description)
var counts: [Unicode.Scalar: Int] = [:]
for scalar in "abracadabra".unicodeScalars { counts[scalar, default: 0] += 1 }
print(counts["a"]!, counts["b"]!, Set("hello".unicodeScalars).count)
