// Simple statements mixed with break, continue and return in loops and functions.
var log: [String] = []
var total = 0
outer: for i in 0..<6 {
    total += i
    log.append("start \(i)")
    if i == 1 { continue }
    for j in 0..<4 {
        total += j
        if j == 2 { continue outer }
        log.append("inner \(i) \(j)")
        if i == 4 { break outer }
    }
    log.append("end \(i)")
}
print(total)
print(log.joined(separator: ", "))

func firstSquareAbove(_ limit: Int) -> Int {
    var n = 0
    var seen: [Int] = []
    while true {
        n += 1
        seen.append(n * n)
        if n * n > limit {
            print(seen.count)
            return n * n
        }
        total -= 1
    }
}
print(firstSquareAbove(50), total)

var countdown = 5
var text = ""
repeat {
    text += "\(countdown) "
    countdown -= 1
    if countdown == 2 { text += "| " }
} while countdown > 0
print(text)
