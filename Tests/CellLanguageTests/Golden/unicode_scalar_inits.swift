// `UnicodeScalar(n)` with an integer literal: swiftc's `init?(_: Int)` (a `Unicode.Scalar?`) where nothing constrains
// the call or an optional is expected, its `init(_: UInt8)` (a `Unicode.Scalar`) where a scalar is expected, in
// `String(_:)`/`Character(_:)` and as a member's base.
print(UnicodeScalar(65))
if let d = UnicodeScalar(68) { print(d) }
let b: UInt8 = 66
print(UnicodeScalar(b))
let wide = UnicodeScalar(300)
print(wide as Any)
let n = 71
print(UnicodeScalar(n) as Any)
print(String(UnicodeScalar(65)), Character(UnicodeScalar(66)))
let pair = [UnicodeScalar(67), UnicodeScalar(68)]
print(pair)
let scalars: [Unicode.Scalar] = [UnicodeScalar(69)]
print(scalars)
print(UnicodeScalar(70) == "F")
let maybe: Unicode.Scalar? = UnicodeScalar(71)
print(maybe as Any)
let plain = UnicodeScalar(73)
print(plain as Any, type(of: plain))
let exact: Unicode.Scalar = UnicodeScalar(74)
print(exact, UnicodeScalar(76).value)
if let z = UnicodeScalar(90), z.isASCII { print("ascii", z) }
print(Unicode.Scalar(70) as Any, Unicode.Scalar(UInt8(71)))
var word = "ab"
word.unicodeScalars.append("c")
word.unicodeScalars.append(UnicodeScalar(100))
var view = word.unicodeScalars
view.append("e")
print(word, view, word.unicodeScalars.count, view.count)
