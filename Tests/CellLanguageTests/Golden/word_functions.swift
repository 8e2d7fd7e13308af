// Functions returning Int, Double or Bool whose bodies are guards and a final return.
func fib(_ n: Int) -> Int {
    if n < 2 {
        return n
    }
    return fib(n - 1) + fib(n - 2)
}

func collatzSteps(_ start: Int) -> Int {
    var n = start
    var steps = 0
    while n != 1 {
        n = n % 2 == 0 ? n / 2 : 3 * n + 1
        steps += 1
    }
    return steps
}

func clamp(_ x: Double, _ low: Double, _ high: Double) -> Double {
    if x < low { return low }
    if x > high { return high }
    return x
}

var calls = 0
func isPrime(_ n: Int) -> Bool {
    calls += 1
    if n < 2 { return false }
    if n < 4 { return true }
    if n % 2 == 0 { return false }
    let limit = Int(Double(n).squareRoot())
    var d = 3
    while d <= limit {
        if n % d == 0 { return false }
        d += 2
    }
    return true
}

func scaled(_ x: Int, by factor: Int = 3) -> Int {
    let base = x * factor
    print("scaling \(x)")
    if base > 100 && x % 2 == 0 { return 100 }
    return base + 1
}

func sign(_ x: Double) -> Int {
    if x > 0 { return 1 }
    if x < 0 { return -1 }
    return 0
}

func constantly(_ x: Int) -> Int {
    if x == 0 { return 7 }
    return 8
}

print((0..<15).map(fib))
print(fib(20))
print(collatzSteps(27))
print(clamp(-2.5, 0, 1), clamp(0.25, 0, 1), clamp(3, 0, 1))
print((0..<30).filter(isPrime), calls)
print(scaled(5), scaled(40), scaled(41), scaled(2, by: 10))
print(sign(-0.5), sign(0), sign(2))
print(constantly(0), constantly(1), fib(fib(7)))

func ackermann(_ m: Int, _ n: Int) -> Int {
    if m == 0 { return n + 1 }
    if n == 0 { return ackermann(m - 1, 1) }
    return ackermann(m - 1, ackermann(m, n - 1))
}
print(ackermann(2, 3))
