// `prefix(while:)` and `drop(while:)` on strings and substrings, and strings made of slices of Characters.
let line = "   42 apples, 7 pears"
let body = line.drop(while: { $0 == " " })
let digits = body.prefix(while: \.isNumber)
print("[\(body)]", "[\(digits)]", Int(digits)! * 2)
let rest = body.drop(while: { $0.isNumber || $0 == " " })
print(rest.prefix(while: { $0 != "," }), rest.distance(from: rest.startIndex, to: rest.endIndex))
print(line.prefix(while: { $0 == "x" }).isEmpty, "abc".drop(while: { _ in true }).count)
let chars = Array("hello world")
print(String(chars[1...3]), String(chars.prefix(5)), String(chars.suffix(5).reversed()), String(chars[6...]))
let words = chars.split(separator: " ").map { String($0) }
print(words, words.map(\.count))
