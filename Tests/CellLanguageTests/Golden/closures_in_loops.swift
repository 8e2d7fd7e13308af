// Closures created in loops capture that iteration's variables; returns and labels still work.
var makers: [() -> Int] = []
for i in 0..<3 { makers.append { i * 10 } }
print(makers.map { $0() })
var scaled: [(Double) -> Double] = []
for k in [1.0, 2.5] {
    let factor = k * 2
    scaled.append { x in factor * x }
}
print(scaled.map { $0(2) })
var total = 0
var adders: [() -> Void] = []
for n in 1...3 { adders.append { total += n } }
for add in adders { add() }
print(total)
var j = 0
var captured: [() -> Int] = []
while j < 3 {
    let snapshot = j
    captured.append { snapshot }
    j += 1
}
print(captured.map { $0() })
func firstLong(_ words: [String]) -> String? {
    for w in words {
        let check = { w.count > 3 }
        if check() { return w }
    }
    return nil
}
print(firstLong(["ab", "abcd", "xyzzy"]) ?? "-")
outer: for a in 0..<3 {
    for b in 0..<3 {
        let f = { a * b }
        if f() == 2 { print("found", a, b); break outer }
    }
}
var counterFns: [() -> Int] = []
for start in [10, 20] {
    var count = start
    counterFns.append {
        count += 1
        return count
    }
}
print(counterFns[0](), counterFns[0](), counterFns[1]())
