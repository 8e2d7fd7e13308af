extension Int {
    subscript(digitIndex: Int) -> Int {
        var decimalBase = 1
        for _ in 0..<digitIndex {
            decimalBase *= 10
        }
        return (self / decimalBase) % 10
    }
}
print(746381295[0], 746381295[1], 746381295[8], 746381295[9])
let n = 1024
print(n[2], (n * 2)[0])
extension String {
    subscript(offset: Int) -> Character {
        self[self.index(self.startIndex, offsetBy: offset)]
    }
    subscript(from start: Int, length length: Int) -> String {
        let lower = self.index(self.startIndex, offsetBy: start)
        return String(self[lower..<self.index(lower, offsetBy: length)])
    }
}
let word = "nbrun"
print(word[0], word[4], word[from: 1, length: 3])
extension Double {
    subscript(scale: Double) -> Double { self * scale }
}
print(2.5[4.0])
var digits: [Int] = []
for i in 0..<4 { digits.append(9075[i]) }
print(digits)
