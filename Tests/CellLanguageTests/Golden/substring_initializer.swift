// Substring(…) from a literal, a String, a Substring or characters, and Substring().
let a = Substring("abc")
print(a, a.count, type(of: a))
let s = "hello world"
let b = Substring(s)
print(b.uppercased(), b == "hello world")
let c: Substring = "lit"
print(c)
let d = Substring(s.dropFirst(6))
print(d)
let e = Substring()
print(e.isEmpty, Substring(Array("xyz")), Substring(s).startIndex == s.startIndex)
