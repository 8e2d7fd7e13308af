// Cells build on each other: functions calling functions from earlier cells, mutation of globals.
var model: [Double] = [0.5, -0.25]
func evaluate(_ x: Double) -> Double { model[0] * x + model[1] }
// --- cell ---
print(evaluate(2))
model[0] = 1.5
print(evaluate(2))
// --- cell ---
func evaluateAll(_ xs: [Double]) -> [Double] { xs.map(evaluate) }
let grid = Array(stride(from: 0.0, through: 2.0, by: 0.5))
print(evaluateAll(grid))
// --- cell ---
var calls = 0
let counted = { (x: Double) -> Double in
    calls += 1
    return evaluate(x)
}
_ = grid.map(counted)
print(calls, model)
