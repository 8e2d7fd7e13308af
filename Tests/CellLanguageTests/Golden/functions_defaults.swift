// Default arguments, skipping defaults, overloads, trailing closures on user functions.
func train(epochs: Int = 10, learningRate: Double = 0.01, verbose: Bool = false) -> String {
    "epochs=\(epochs) lr=\(learningRate) verbose=\(verbose)"
}
print(train())
print(train(epochs: 5))
print(train(learningRate: 0.5))
print(train(verbose: true))
print(train(epochs: 1, verbose: true))
func repeatTimes(_ n: Int, _ body: (Int) -> Void) {
    for i in 0..<n { body(i) }
}
repeatTimes(3) { i in print("call", i) }
func measure(_ label: String = "value", compute: () -> Double) -> String {
    "\(label) = \(compute())"
}
print(measure { 2.5 * 2 })
print(measure("pi") { 3.14159 })
func sum(_ values: [Double], scale: Double = 1) -> Double {
    values.reduce(0, +) * scale
}
print(sum([1, 2, 3]), sum([1, 2, 3], scale: 0.5))
func describe(_ x: Int) -> String { "Int \(x)" }
func describe(value x: Double) -> String { "Double \(x)" }
print(describe(3), describe(value: 3))
