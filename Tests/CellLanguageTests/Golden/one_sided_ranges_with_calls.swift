// One-sided ranges whose bound calls a function, as subscripts of receivers of method calls (the bound is evaluated once).
import Foundation
let greeting = "Howdy, World"
let idx = greeting.firstIndex(of: ",")!
print(greeting[idx...].count)
print(greeting[greeting.index(after: idx)...].trimmingCharacters(in: .whitespaces))
var xs = [5, 3, 8, 1]
func k() -> Int { print("k"); return 1 }
print(xs[k()...].count, xs[...k()].map { $0 * 2 }, Array(xs[..<(k() + 2)].reversed()))
let s = "Hello, World"
print(s[s.index(s.startIndex, offsetBy: 7)...].uppercased(), s[..<s.index(s.startIndex, offsetBy: 5)].count)
