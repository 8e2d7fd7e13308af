// Patterns outside switch: if/guard/while case, for case, optional and Character range patterns.
import Foundation
enum Shape { case circle(radius: Double), rect(Double, Double), empty }
let shapes: [Shape] = [.circle(radius: 1), .rect(2, 3), .empty, .rect(1, 1)]
let opt: Int? = 5
let none: Int? = nil
if case let .some(x) = opt { print("some", x) }
if case let x? = opt, x > 3 { print("big", x) }
if case .none = none { print("none is none") }
if case nil = none { print("nil pattern") }
if case let (a, b) = (1, "z") { print(a, b) }
if case 1...5 = 3 { print("in range") }
if case 1..<3 = 3 { print("wrong") } else { print("not in half-open") }
if case .rect(let w, let h) = shapes[1], w < h { print("tall", w, h) } else { print("no") }
if case .circle = shapes[0] { print("circle") }
var count = 0
for case .rect(let w, let h) in shapes where w == h { count += 1; print("square", w * h) }
for case .rect in shapes { count += 1 }
print(count)
for case let (i, .rect(w, _)) in shapes.enumerated() { print(i, w) }
for case 2 in [1, 2, 3, 2] { count += 1 }
print(count)
for case let n? in [1, nil, 3] as [Int?] where n > 1 { print("n", n) }
for case 2...3 in 0..<10 { count += 1 }
print(count)
var queue: [Shape] = shapes
while case .circle(let r)? = queue.first {
    print("radius", r)
    queue.removeFirst()
}
print(queue.count)
var stack = [1, 2, 3]
while let top = stack.popLast(), top > 1 { print("top", top) }
print(stack)
// --- cell ---
func area(_ s: Shape) -> Double {
    guard case let .rect(w, h) = s else { return -1 }
    return w * h
}
print(shapes.map(area))
func describe(_ c: Character) -> String {
    switch c {
    case "a"..<"n": return "first half"
    case "n"..."z": return "second half"
    default: return "other"
    }
}
print("amz!".map(describe))
let word = "kiwi"
switch word {
case "a"..."m": print("early")
default: print("late")
}
let letters: [Character] = ["a", "Q", "5"]
for case "a"..."z" in letters { print("lower letter found") }
var labelled = 0
outer: for case let .rect(w, _) in shapes {
    for i in 0..<3 { if i == 1 { continue outer }; labelled += Int(w) }
}
print(labelled)
let closures: [Int: () -> Int] = [1: { 10 }]
if case let f? = closures[1] { print(f()) }
switch opt { case let v?: print("v", v); case nil: print("nil") }
if case var doubled? = opt {
    doubled *= 2
    print("doubled", doubled)
}
for case .rect(var w, let h) in shapes {
    w += h
    print("w + h", w)
}
let maybeShape: Shape? = .circle(radius: 2)
if case .circle(let r) = maybeShape { print("optional circle", r) }
