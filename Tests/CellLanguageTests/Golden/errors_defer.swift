// `defer`: deferred statements run when their scope exits (last declared first), on every way out.
enum Stop: Error { case now(Int) }

func work(_ n: Int) throws -> Int {
    print("start \(n)")
    defer { print("first defer \(n)") }
    defer { print("second defer \(n)") }
    if n == 0 { return -1 }
    if n == 1 { throw Stop.now(n) }
    var total = 0
    for i in 0..<n {
        defer { total += 1 }
        if i == 1 { continue }
        if i == 3 { break }
        print("  iteration \(i)")
    }
    return total
}

for n in 0..<4 {
    do {
        print("result", try work(n))
    } catch {
        print("error", error)
    }
}

func counter() -> Int {
    var count = 0
    defer { count += 100 }
    count = 5
    return count
}
print(counter())

func nested() {
    defer { print("outer end") }
    do {
        defer { print("do block end") }
        print("in do block")
    }
    if true {
        defer { print("if end") }
        print("in if")
    }
    print("after blocks")
}
nested()

var log: [String] = []
func record(_ s: String) { log.append(s) }
func cleanup(_ items: [Int]) throws {
    record("open")
    defer { record("close") }
    for item in items {
        defer { record("done \(item)") }
        if item < 0 { throw Stop.now(item) }
        record("use \(item)")
    }
}
try? cleanup([1, -2, 3])
print(log)

do {
    defer { print("deferred at the top level") }
    print("top-level body")
}
