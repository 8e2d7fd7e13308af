// Escaping closures: functions that create and keep other functions.
import Foundation
func makeCounter(step: Int) -> () -> Int {
    var total = 0
    return {
        total += step
        return total
    }
}
let byOne = makeCounter(step: 1)
let byTen = makeCounter(step: 10)
print(byOne(), byOne(), byOne())
print(byTen(), byTen())
print(byOne())

// Storing closures in an array to run later.
var pending: [() -> String] = []
func schedule(_ task: @escaping () -> String) {
    pending.append(task)
}
for lesson in 1...3 {
    schedule { "lezione \(lesson) pronta" }
}
schedule { "ripasso finale" }
for task in pending { print(task()) }

// Composing functions.
func compose(_ f: @escaping (Double) -> Double, _ g: @escaping (Double) -> Double) -> (Double) -> Double {
    return { x in g(f(x)) }
}
let addOne: (Double) -> Double = { $0 + 1 }
let square: (Double) -> Double = { $0 * $0 }
let addThenSquare = compose(addOne, square)
let squareThenAdd = compose(square, addOne)
print(addThenSquare(3), squareThenAdd(3))

// A closure capturing a variable sees later changes.
var learningRate = 0.1
let update: (Double, Double) -> Double = { w, g in w - learningRate * g }
print(update(1.0, 2.0))
learningRate = 0.5
print(update(1.0, 2.0))

// Accumulating with a captured array.
var history: [Double] = []
let recorder: (Double) -> Void = { history.append($0) }
for loss in [0.9, 0.5, 0.3, 0.2] { recorder(loss) }
print(history)

// Returning different closures.
func activation(named name: String) -> (Double) -> Double {
    switch name {
    case "relu": return { max(0, $0) }
    case "step": return { $0 >= 0 ? 1 : 0 }
    default: return { $0 }
    }
}
for name in ["relu", "step", "identity"] {
    let f = activation(named: name)
    print(name, [-2.0, -0.5, 0.0, 1.5].map(f))
}
