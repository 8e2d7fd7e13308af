// Everyday control flow and numbers as lessons write them; an extension method beside the library overloads of
// the same name (Double.rounded(toPlaces:) beside rounded() and rounded(_:)).
import Foundation
for i in (0..<5).reversed() where i % 2 == 0 { print(i, terminator: " ") }
print()
for x in stride(from: 10, to: 0, by: -3) { print(x, terminator: ",") }
print()
outer: for i in 1...3 {
    for j in 1...3 {
        if j == 2 { continue outer }
        if i == 3 { break outer }
        print(i, j)
    }
}
var n = 27, steps = 0
repeat { n = n % 2 == 0 ? n / 2 : 3 * n + 1; steps += 1 } while n != 1
print("collatz", steps)
var (a, b) = (1, 2)
(a, b) = (b, a)
print(a, b)
func classify(_ p: (Int, Int)) -> String {
    switch p {
    case (0, 0): return "origin"
    case (let x, 0) where x > 0: return "pos x-axis"
    case (_, 0): return "x-axis"
    case (0, _): return "y-axis"
    case let (x, y) where x == y: return "diagonal"
    default: return "other"
    }
}
print([(0, 0), (3, 0), (-1, 0), (0, 5), (2, 2), (1, 2)].map(classify))
enum Shape { case circle(Double), rect(w: Double, h: Double), none }
let shapes: [Shape] = [.circle(1), .rect(w: 2, h: 3), .none]
for s in shapes {
    if case .circle(let r) = s { print("circle", Double.pi * r * r) }
    guard case .rect(let w, let h) = s else { continue }
    print("rect", w * h)
}
print(shapes.filter { if case .none = $0 { return false } else { return true } }.count)
func grade(_ score: Int) -> Character {
    switch score {
    case 90...: return "A"
    case 80..<90: return "B"
    case 70..<80: return "C"
    default: return "F"
    }
}
print([95, 85, 72, 10].map(grade))
func bump(_ xs: inout [Int], by k: Int = 1) { for i in xs.indices { xs[i] += k } }
var arr = [1, 2, 3]
bump(&arr); bump(&arr, by: 10)
print(arr)
print(abs(-3), pow(2.0, 10.0), 7 / 2, 7 % 3, -7 / 2, Double(7) / 2, (2.5).rounded(), (3.5).rounded(.toNearestOrEven), Int(3.99), Int((-3.99).rounded(.down)))
print(Double.pi.rounded(toPlaces: 3))
extension Double { func rounded(toPlaces p: Int) -> Double { let m = pow(10.0, Double(p)); return (self * m).rounded() / m } }
let maybe: [Int?] = [1, nil, 3]
print(maybe.compactMap { $0 }, maybe.map { $0 ?? 0 }, maybe.count { $0 != nil })
var dict = ["a": 1]
dict["b", default: 0] += 5
if let v = dict.removeValue(forKey: "a") { print("removed", v) }
print(dict, dict.isEmpty, dict.keys.contains("b"))
let nested: [String: [String: Int]] = ["x": ["y": 1]]
print(nested["x"]?["y"] ?? -1, nested["z"]?["y"] ?? -1)
struct Point: CustomStringConvertible { var x: Int, y: Int; var description: String { "(\(x), \(y))" } }
var pts = [Point(x: 3, y: 1), Point(x: 1, y: 2)]
pts.sort { $0.x < $1.x }
pts[0].y += 10
print(pts, pts.map(\.x), pts.min { $0.y < $1.y }!)
print(Int.max, Int.min, Double.infinity, -Double.infinity, Double.nan.isNaN, 1e-3, 1.0 / 3.0)
