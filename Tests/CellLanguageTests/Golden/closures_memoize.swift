// Closures that remember: memoization, accumulators and callbacks.
import Foundation
func memoize(_ f: @escaping (Int) -> Int) -> (Int) -> Int {
    var cache: [Int: Int] = [:]
    return { n in
        if let hit = cache[n] { return hit }
        let value = f(n)
        cache[n] = value
        return value
    }
}

var calls = 0
let slowSquare: (Int) -> Int = { n in
    calls += 1
    return n * n
}
let fastSquare = memoize(slowSquare)
print([3, 4, 3, 3, 4, 5].map(fastSquare))
print("calls:", calls)

// An accumulator that returns two closures sharing one variable.
func makeAccount(balance: Double) -> (deposit: (Double) -> Double, withdraw: (Double) -> Double) {
    var current = balance
    let deposit: (Double) -> Double = { amount in
        current += amount
        return current
    }
    let withdraw: (Double) -> Double = { amount in
        current -= min(amount, current)
        return current
    }
    return (deposit, withdraw)
}
let account = makeAccount(balance: 100)
print(account.deposit(50), account.withdraw(30), account.withdraw(500), account.deposit(10))

// Callbacks registered by name and fired later, in registration order.
var handlers: [(name: String, action: (Int) -> String)] = []
func on(_ name: String, _ action: @escaping (Int) -> String) {
    handlers.append((name: name, action: action))
}
var threshold = 3
on("double") { "\($0 * 2)" }
on("check") { $0 > threshold ? "sopra" : "sotto" }
on("stars") { String(repeating: "*", count: $0) }
for value in [2, 5] {
    for h in handlers { print(h.name, h.action(value)) }
}
threshold = 10
print(handlers[1].action(5))

// Closures capturing loop variables get a fresh copy each iteration.
var printers: [() -> Int] = []
for i in 1...3 { printers.append { i * 100 } }
print(printers.map { $0() })

// Currying by returning closures.
func multiplier(_ k: Int) -> (Int) -> Int { { $0 * k } }
let triple = multiplier(3)
print(triple(7), multiplier(-1)(4), [1, 2, 3].map(multiplier(10)))
