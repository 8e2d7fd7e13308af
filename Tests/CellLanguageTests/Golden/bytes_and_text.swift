// Bytes and text for a byte-level tokenizer: UTF-8 views, Character.asciiValue, UInt8(ascii:),
// String(decoding:as:) with ill-formed bytes, hexDigitValue.
let text = "ciao, è"
let bytes = Array(text.utf8)
print(bytes, bytes.count, text.utf8.count)
var counts: [UInt8: Int] = [:]
for b in text.utf8 { counts[b, default: 0] += 1 }
print(counts.sorted { $0.key < $1.key }.prefix(3).map { "\($0.key):\($0.value)" })
print(String(decoding: bytes, as: UTF8.self))
print(text.unicodeScalars.map { $0.value })
print(Character("a").asciiValue!, UInt8(ascii: "z"))
let pairs = zip(bytes, bytes.dropFirst()).map { [$0, $1] }
print(pairs.count)
print(text.utf8.first!, text.utf8.last!)
let ints = bytes.map { Int($0) }
print(ints.max()!)
let merged: [UInt8] = [104, 105, 0xE2, 0x82, 0xAC]
print(String(decoding: merged, as: UTF8.self), String(decoding: merged[...2], as: UTF8.self), String(decoding: [0xFF, 65] as [UInt8], as: UTF8.self))
print(String(decoding: "abc".utf8, as: UTF8.self))
print(Character("f").hexDigitValue!, Character("g").hexDigitValue as Any, "Hi!".compactMap { $0.asciiValue })
