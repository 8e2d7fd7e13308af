// A protocol extension's mutating methods (generic ones too) called on variables of conforming structs and classes:
// a Model protocol fitted with a generic Loss, then evaluated as existentials; a generic Pipeline of closures.
import Foundation
protocol Loss { func value(_ y: Double, _ p: Double) -> Double; func gradient(_ y: Double, _ p: Double) -> Double }
struct Squared: Loss {
    func value(_ y: Double, _ p: Double) -> Double { (p - y) * (p - y) }
    func gradient(_ y: Double, _ p: Double) -> Double { 2 * (p - y) }
}
struct Absolute: Loss {
    func value(_ y: Double, _ p: Double) -> Double { abs(p - y) }
    func gradient(_ y: Double, _ p: Double) -> Double { p > y ? 1 : -1 }
}
protocol Model {
    var parameters: [Double] { get set }
    func predict(_ x: Double) -> Double
    func gradients(_ x: Double) -> [Double]
}
struct Line: Model {
    var parameters: [Double] = [0, 0]
    func predict(_ x: Double) -> Double { parameters[0] * x + parameters[1] }
    func gradients(_ x: Double) -> [Double] { [x, 1] }
}
extension Model {
    mutating func fit<L: Loss>(_ data: [(Double, Double)], loss: L, rate: Double, epochs: Int) -> [Double] {
        var history: [Double] = []
        for _ in 0..<epochs {
            var total = 0.0
            var grad = Array(repeating: 0.0, count: parameters.count)
            for (x, y) in data {
                let p = predict(x)
                total += loss.value(y, p)
                let g = loss.gradient(y, p)
                for (i, d) in gradients(x).enumerated() { grad[i] += g * d / Double(data.count) }
            }
            for i in parameters.indices { parameters[i] -= rate * grad[i] }
            history.append(total / Double(data.count))
        }
        return history
    }
}
let data = (0..<5).map { (Double($0), 3 * Double($0) - 1) }
var m = Line()
let h = m.fit(data, loss: Squared(), rate: 0.05, epochs: 300)
print(m.parameters.map { ($0 * 1000).rounded() / 1000 }, h.first!, (h.last! * 1e6).rounded() / 1e6)
var m2 = Line()
let h2 = m2.fit(data, loss: Absolute(), rate: 0.01, epochs: 100)
print(m2.parameters.map { ($0 * 1000).rounded() / 1000 }, h2.count)
func evaluate(_ models: [any Model], on data: [(Double, Double)]) -> [String] {
    models.map { model in
        let mse = data.map { pow(model.predict($0.0) - $0.1, 2) }.reduce(0, +) / Double(data.count)
        return String(format: "%.4f", mse)
    }
}
print(evaluate([m, m2, Line()], on: data))
struct Pipeline<T> { var steps: [(T) -> T] = []
    func run(_ x: T) -> T { steps.reduce(x) { value, step in step(value) } }
    mutating func add(_ f: @escaping (T) -> T) { steps.append(f) } }
var p = Pipeline<Double>()
p.add { $0 * 2 }; p.add { $0 + 1 }; p.add(sqrt)
print(p.run(4), Pipeline<String>(steps: [{ $0.uppercased() }, { $0 + "!" }]).run("hi"))

final class Box: Counter { var w = 5.0 }
protocol Counter { var w: Double { get set } }
struct Tally: Counter { var w = 1.0 }
extension Counter {
    mutating func bump(by k: Double = 1) { w += k }
    mutating func reset() -> Double { let old = w; w = 0; return old }
}
var t = Tally()
t.bump()
t.bump(by: 2.5)
print(t.w)
var models: [any Counter] = [Tally(), Box()]
models[0].bump(by: 3)
for i in models.indices { models[i].bump() }
print(models.map(\.w), t.reset(), t.w)
let b = Box()
var bb = b
bb.bump(by: 10)
print(b.w)
