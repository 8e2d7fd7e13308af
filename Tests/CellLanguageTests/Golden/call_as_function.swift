// callAsFunction on structs and classes: values, stored properties (also through implicit self), mutating.
struct Scale {
    var factor: Double
    func callAsFunction(_ x: Double) -> Double { x * factor }
    func callAsFunction(values xs: [Double]) -> [Double] { xs.map { $0 * factor } }
}
final class Model {
    let first = Scale(factor: 2)
    var second = Scale(factor: 10)
    func callAsFunction(_ x: Double) -> Double { second(first(x)) + self.first(1) }
}
let double = Scale(factor: 2)
print(double(3.5), double(values: [1, 2]))
let model = Model()
print(model(1.5))
struct Counter { var n = 0; mutating func callAsFunction() -> Int { n += 1; return n } }
var counter = Counter()
_ = counter()
print(counter(), counter.n)
