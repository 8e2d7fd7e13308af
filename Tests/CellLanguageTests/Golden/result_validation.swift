// Validation that returns a Result, as a training loop checks its batches.
enum ValidationError: Error, CustomStringConvertible {
    case empty
    case outOfRange(index: Int, value: Double)
    var description: String {
        switch self {
        case .empty: return "empty batch"
        case .outOfRange(let index, let value): return "value \(value) at \(index) is out of range"
        }
    }
}
struct ReportedError: Error { let message: String }

func validate(_ batch: [Double]) -> Result<[Double], ValidationError> {
    if batch.isEmpty { return .failure(.empty) }
    for (i, x) in batch.enumerated() where x < 0 || x > 1 {
        return .failure(.outOfRange(index: i, value: x))
    }
    return .success(batch)
}
// --- cell ---
let batches: [[Double]] = [[0.1, 0.5], [], [0.2, 1.5], [0.9]]
var total = 0.0
for batch in batches {
    switch validate(batch) {
    case .success(let values):
        total += values.reduce(0, +)
        print("ok", values)
    case .failure(let error):
        print("skipped:", error)
    }
}
print("total", total)
// --- cell ---
let results = batches.map(validate)
print(results.count)
let good = results.compactMap { try? $0.get() }
print(good)
let means = validate([0.2, 0.4]).map { $0.reduce(0, +) / Double($0.count) }
print(means)
let reported = validate([]).mapError { ReportedError(message: "\($0)") }
print(reported)
if case .failure(let e) = validate([2]) { print("first failure:", e) }
do {
    let values = try validate([0.3]).get()
    print(values)
    _ = try validate([-1]).get()
} catch {
    print("caught:", error)
}
let loss: Result<Double, ValidationError> = .success(0.25)
print(loss, [loss])
print(type(of: loss))
struct Epoch {
    var number: Int
    var outcome: Result<Double, ValidationError>
}
let epochs = [Epoch(number: 1, outcome: .success(0.9)), Epoch(number: 2, outcome: .failure(.empty))]
for epoch in epochs {
    switch epoch.outcome {
    case .success(let l) where l < 1: print(epoch.number, "loss", l)
    case .success: print(epoch.number, "diverged")
    case .failure(let e): print(epoch.number, "failed:", e)
    }
}
