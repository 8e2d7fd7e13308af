// The order of side effects of lazily initialized static stored properties, as swiftc runs them: each initial value
// runs on the first read or write of its property, wherever that access was compiled (a top-level statement before
// the type's declaration, a function declared earlier, another property's default, another static's value).
func trace(_ label: String, _ value: Int) -> Int {
    print("init", label)
    return value
}
func readEarly() -> Int { Late.value + 1 }
print("start")
print(Late.value)
print(readEarly())
struct A {
    static let first = trace("A.first", B.second + 1)
    static var counter = trace("A.counter", 0)
}
struct B {
    static let second = trace("B.second", 10)
    static let unused = trace("B.unused", 99)
}
struct Late {
    static let value = trace("Late.value", 7)
}
struct Widget {
    var serial = Serials.next()
    var scale = Scales.unit * 2
}
enum Serials {
    static var last = trace("Serials.last", 100)
    static func next() -> Int { last += 1; return last }
}
enum Scales {
    static let unit = trace("Scales.unit", 3)
}
print("before counter")
print(A.counter)
A.counter += 5
print("before first")
print(A.first)
print(A.first, A.counter)
print("before widgets")
let w1 = Widget()
let w2 = Widget()
print(w1.serial, w2.serial, w1.scale)
let base = trace("base", 4)
struct UsesGlobal {
    static let doubled = trace("UsesGlobal.doubled", base * 2)
}
print("before doubled")
print(UsesGlobal.doubled)
print("end")
