protocol Shape { func area() -> Double }
struct Circle: Shape { var r: Double; func area() -> Double { 3.0 * r * r } }
struct Square: Shape { var side: Double; func area() -> Double { side * side } }
protocol Named: AnyObject { var name: String { get } }
final class Model: Named { let name = "mlp" }
let shape: (any Shape)? = Circle(r: 1)
let none: (any Shape)? = nil
print(shape ?? "none")
print(none ?? "none")
print(none ?? 0)
print(shape?.area() ?? 0)
print((none ?? Square(side: 2)).area())
let fallback: any Shape = none ?? Square(side: 3)
print(fallback.area())
let model: (any Named)? = Model()
print(model?.name ?? "anonymous")
let missing: (any Named)? = nil
print(missing ?? "no model")
let shapes: [(any Shape)?] = [Circle(r: 2), nil]
for s in shapes { print(s ?? "empty") }
