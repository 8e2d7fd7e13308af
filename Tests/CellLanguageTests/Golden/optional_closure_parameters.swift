// Trailing closures passed to parameters of optional function type, after defaulted parameters, as callbacks.
func train(epochs: Int, lr: Double = 0.1, verbose: Bool = false, callback: ((Int, Double) -> Void)? = nil) -> Double {
    var loss = 1.0
    for epoch in 1...epochs {
        loss *= 1 - lr
        callback?(epoch, loss)
        if verbose { print("epoch", epoch) }
    }
    return loss
}
var history: [Double] = []
let final = train(epochs: 4, lr: 0.25) { epoch, loss in history.append((loss * 1000).rounded() / 1000) }
print(final, history)
print(train(epochs: 2))
print(train(epochs: 2, verbose: true) { print("callback", $0, $1) })
print(train(epochs: 1, callback: { _, l in print("labelled", l) }))

func apply(_ f: ((Int) -> Int)?) -> Int { f?(2) ?? -1 }
print(apply { $0 * 10 }, apply(nil))

func finish(done: (() -> Void)? = nil) { print("finishing"); done?() }
finish()
finish { print("done") }

struct Trainer {
    var onStep: ((Int) -> Void)?
    func run(steps: Int, each: ((Int) -> String)? = nil) {
        for step in 0..<steps {
            onStep?(step)
            if let each { print(each(step)) }
        }
    }
}
var seen: [Int] = []
let trainer = Trainer { seen.append($0) }
trainer.run(steps: 2) { "step \($0)" }
trainer.run(steps: 1)
print(seen)
