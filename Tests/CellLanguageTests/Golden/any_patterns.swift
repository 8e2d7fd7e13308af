// Any and AnyObject: type(of:), generic values, optionals of Any, cast patterns in for-case, if-case and guard-case.
class Base {}
class Sub: Base {}
let values: [Any] = [1, "s", Sub(), 2.5, [1: "a"]]
for v in values { print(type(of: v)) }
func id<T>(_ x: T) -> T { x }
let y: Any = id(5)
print(y)
let objects: [AnyObject] = [Sub(), Base()]
for o in objects { print(o is Sub, type(of: o)) }
if let s = objects[0] as? Base { print(type(of: s)) }
let z: Any = values[2]
print(z is Base, z is Sub)
let opt: Any? = 3
print(opt as Any)
if let w = opt as? Int { print(w) }
let mixed: [Any] = [1, "a", 2, 3.5]
for case let n as Int in mixed { print(n) }
if case let s as String = mixed[1] { print(s) }
var total = 0
for thing in mixed {
    guard case let n as Int = thing else { continue }
    total += n
}
print(total)
let closures: [() -> Int] = [{ 1 }]
let held: [Any] = closures
print(held.count)
