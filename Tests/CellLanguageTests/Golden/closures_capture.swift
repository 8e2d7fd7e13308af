// Capture semantics: closures see later changes to captured variables; nested functions capture too.
var factor = 2
let scaleBy = { (x: Int) -> Int in x * factor }
print(scaleBy(5))
factor = 10
print(scaleBy(5))
func makeAccumulator(start: Double) -> (Double) -> Double {
    var total = start
    return { amount in
        total += amount
        return total
    }
}
let acc = makeAccumulator(start: 100)
print(acc(10), acc(-30.5))
func makeMultiplier(_ m: Int) -> (Int) -> Int {
    return { $0 * m }
}
let triple = makeMultiplier(3)
let fns = [makeMultiplier(2), triple, makeMultiplier(-1)]
print(fns.map { $0(7) })
func countCalls() -> Int {
    var calls = 0
    func tick() { calls += 1 }
    tick()
    tick()
    tick()
    return calls
}
print(countCalls())
var history: [String] = []
let logger = { (message: String) in history.append(message) }
logger("one")
logger("two")
print(history)
let adder: (Int) -> (Int) -> Int = { a in { b in a + b } }
print(adder(3)(4))
