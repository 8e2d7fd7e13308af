class C { var x = 100 }
class D {
    unowned var a: C
    unowned var b: C?
    init(value: C) {
        self.a = value
        self.b = value
    }
}
var c = C() as C?
let d = D(value: c! )
print(d.a.x, d.b?.x as Any)

c = nil
// Now that the C instance is deallocated, access to d.a is an error.
// We manually nil out d.b, which is safe because d.b is an Optional and the
// enum stays in memory regardless of ARC deallocating the C instance.
d.b = nil
print(d.b?.x as Any)
print("@@listing-end 1@@")
