// prefix, suffix, dropFirst and dropLast of a String or Substring are Substrings sharing the base's indices.
let s = "hello"
let x: String = s.prefix(2) + "x"
let y: String = "x" + s.prefix(2)
let z = s.suffix(3) + "!"
print(x, y, z, type(of: z))
var t = "a"; t += s.prefix(1)
let d = s.dropFirst(2).dropLast()
print(t, d, s[d.startIndex], s.prefix(10), s.suffix(0).isEmpty, d.count)
let words = "one two".split(separator: " ")
print(words[1].prefix(2), words[0].dropFirst())
let j = s.index(s.startIndex, offsetBy: 2)
let p2 = s[..<j]
print(p2, p2 == "he", p2 + "x", "x" + p2, p2.count, p2.uppercased(), String(p2), "\(p2)!", p2.hasPrefix("h"))
var t2 = "a"
t2 += p2
print(t2, [p2], p2 < "z", p2.first!, Array(p2))
let q2 = s.dropFirst()
print(q2, [q2], type(of: q2), q2.dropFirst(2))
print(s.prefix(3).suffix(2), s.dropLast(3) == "he", String(s.dropFirst(4)) + "?")
