// More String methods and Optional.map / flatMap.
import Foundation
let raw = "  Ciao mondo \n"
print("[\(raw.trimmingCharacters(in: .whitespacesAndNewlines))]", "[\(raw.trimmingCharacters(in: .whitespaces))]".count)
let maybe: Int? = 4
let none: Int? = nil
print(maybe.map { $0 * 2 } as Any, none.map { $0 * 2 } as Any, maybe.flatMap { $0 > 3 ? $0 : nil } as Any)
let parsed = "42".isEmpty ? nil : Int("42")
print(parsed.map { Double($0) / 4 } ?? 0)
let csv = "a,b,,c"
print(csv.split(separator: ",").map { String($0) }, csv.components(separatedBy: ",").filter { !$0.isEmpty })
let title = "machine learning"
print(title.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " "))
print(title.hasPrefix("mach"), title.uppercased(), title.count, title.replacingOccurrences(of: " ", with: "_"))
