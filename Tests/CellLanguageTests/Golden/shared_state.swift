// State shared across cells: variables, functions and closures defined earlier stay visible.
var log: [String] = []
func record(_ message: String) {
    log.append(message)
}
let base = 10
// --- cell ---
record("second cell")
var counter = base
func step() -> Int {
    counter += 1
    return counter
}
// --- cell ---
print(step(), step())
record("third cell, counter = \(counter)")
let doubler: (Int) -> Int = { $0 * 2 }
// --- cell ---
print(doubler(counter))
print(log)
for entry in log { print("-", entry) }
