// Assignment and mutation through optional chaining: a no-op (nothing evaluated) when a link is nil.
import Foundation
struct Inner { var x = 1 }
struct Outer { var inner = Inner(); var list = [1, 2, 3] }
final class Box { var arr = [1, 2]; var child: Box?; var outer: Outer? = Outer(); init() {} }
var a: [Int]? = [1, 2, 3]
a?[0] = 5
a?[1] += 10
print(a as Any)
var none: [Int]? = nil
none?[0] = 1
print(none as Any)
var d: [String: [Int]] = ["k": [1, 2]]
d["k"]?[0] = 9
d["z"]?[0] = 9
d["k"]![1] += 5
print(d)
let box = Box()
box.child = Box()
box.child?.arr[1] = 30
box.child?.child?.arr[0] = 99
box.outer?.inner.x = 7
box.outer?.list.append(4)
box.child?.outer = nil
box.child?.outer?.inner.x = 8
print(box.child!.arr, box.outer as Any, box.child!.outer as Any)
var o: Outer? = Outer()
o?.inner.x += 41
o?.list[2] *= 3
print(o as Any)
var x: Int? = 3
x? = 5
print(x as Any)
x = nil
x? = 6
print(x as Any)
var q: Outer? = nil
o?.inner.x += q?.inner.x ?? 100
print(o?.inner.x as Any)
let s: String? = "Hello"
let t: String? = nil
print(s?.hasPrefix(t?.uppercased() ?? "He") as Any)
let arr: [Int?]? = [1, nil]
print(arr?.map { $0?.description ?? "-" } as Any)
func side(_ v: Int) -> Int { print("side", v); return v }
box.child?.child?.arr[side(0)] = side(1)
box.child?.arr[0] = side(2)
print(box.child!.arr)
