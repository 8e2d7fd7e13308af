// Foundation character sets written at the call: named sets, .inverted, .union, CharacterSet(charactersIn:).
import Foundation
let s = "  Hello, world! 42 times; ok?  "
print(s.trimmingCharacters(in: .whitespaces))
print(s.trimmingCharacters(in: CharacterSet.whitespaces.union(.punctuationCharacters)))
print(s.components(separatedBy: .decimalDigits))
print(s.components(separatedBy: CharacterSet(charactersIn: ",;!?")).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) })
print(s.components(separatedBy: CharacterSet.alphanumerics.inverted).filter { !$0.isEmpty })
print("a1b2c3".components(separatedBy: CharacterSet.letters), "**x**".trimmingCharacters(in: CharacterSet(charactersIn: "*")))
print("Tab\tand\nnewline".components(separatedBy: .whitespacesAndNewlines))
