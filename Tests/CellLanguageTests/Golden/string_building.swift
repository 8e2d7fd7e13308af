// Building text output: tables, bars, padding.
import Foundation
let names = ["uno", "due", "tre", "quattro"]
let values = [3, 7, 1, 5]
for i in 0..<names.count {
    let bar = String(repeating: "#", count: values[i])
    let padded = names[i] + String(repeating: " ", count: 8 - names[i].count)
    print("\(padded)|\(bar) \(values[i])")
}
var csv = ""
for (i) in 0..<3 {
    csv += "\(i),\(i * i)\n"
}
print(csv, terminator: "")
var line = ""
for v in values { line += String(format: "%6.2f", Double(v) / 3) }
print(line)
let header = ["x", "y"].joined(separator: "\t")
print(header)
let joined = values.map { String($0) }.joined(separator: "-")
print(joined)
print(names.map { $0.uppercased() })
let sentence = "the cat sat on the mat"
let words = sentence.split(separator: " ").map { String($0) }
print(words, words.count)
var longest = ""
for w in words where w.count > longest.count { longest = w }
print(longest)
