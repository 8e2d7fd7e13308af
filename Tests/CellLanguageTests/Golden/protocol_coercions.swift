// Coercions with as: a value to a protocol it conforms to (also any P), a subclass to its superclass, literals.
protocol Shape { func area() -> Double }
struct Sq: Shape { var s: Double; func area() -> Double { s * s } }
class Base {}
final class Sub: Base {}
let a = Sq(s: 2) as Shape
let shapes = [Sq(s: 1) as Shape, Sq(s: 3)]
let b: Base = Sub() as Base
let c = 3 as Double
let d = [1, 2] as [Double]
let e = Sq(s: 1) as any Shape
print(a.area(), shapes.map { $0.area() }, b is Sub, c, d, e.area())
