let count = 3
let isEmpty = "global"
func first() -> Int { 99 }
func max(_ a: Int, _ b: Int, _ c: Int) -> Int { Swift.max(a, Swift.max(b, c)) }
extension String {
    var doubled: Int { count * 2 }
    func shout() -> String { isEmpty ? "" : uppercased() + "!" }
}
extension Array where Element == Int {
    func top() -> Int { first ?? 0 }
    func biggest(_ other: Int) -> Int { Swift.max(self.max() ?? 0, other) }
}
extension Array {
    var half: Int { count / 2 }
}
print("abc".doubled, "hey".shout(), [5, 6].top(), [Int]().top(), [1, 9].biggest(4), count, isEmpty, [1, 2, 3, 4].half, max(1, 5, 2), max(4, 8, 6))
func min(_ a: Double, _ b: Double, _ c: Double) -> Double { Swift.min(a, Swift.min(b, c)) }
func sqrt(_ x: Int) -> Int { Int(Foundation.sqrt(Double(x))) }
print(min(3.5, 1.25, 2), sqrt(17), Swift.max(2, 9), Foundation.sqrt(2.25))
import Foundation
