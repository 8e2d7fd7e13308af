// Fused code (CodeRecipe): a call's `n ± constant` argument and a word body's `if n op constant { return … }` computed
// inside one closure, Double arithmetic on array elements read in place, constant Int case patterns.
func down(_ n: Int) -> Int {
    if n <= 0 { return 0 }
    return down(n - 1) + 1
}
func up(_ n: Int) -> Int {
    if n >= 10 { return n }
    return up(n + 3)
}
func pick(_ n: Int) -> Int {
    if n == 7 { return 70 }
    if n != 0 { return pick(n - 1) * 2 }
    return -1
}
func half(_ n: Int) -> Double {
    if n < 1 { return 0.5 }
    if n > 100 { return Double(n) }
    return half(n - 2) + 1.0
}
func flag(_ n: Int) -> Bool {
    if n == 3 { return true }
    if n > 5 { return false }
    return flag(n + 1)
}
print(down(12), up(1), pick(9), pick(3), half(7), half(500), flag(0), flag(9))
func dot(_ a: [Double], _ b: [Double]) -> Double {
    var s = 0.0
    for i in 0..<a.count { s += a[i] * b[i] - 0.25 }
    return s
}
func mat(_ m: [[Double]], _ v: [Double]) -> [Double] {
    var out: [Double] = []
    for i in 0..<m.count {
        var s = 0.0
        for j in 0..<v.count { s = s + m[i][j] * v[j] + 1.0 - m[j][i] / 2.0 }
        out.append(s)
    }
    return out
}
print(dot([1, 2, 3], [4, 5, 6]), mat([[1, 2], [3, 4]], [0.5, -1.5]))
func classify(_ n: Int) -> String {
    switch n {
    case ..<(-3): return "far"
    case -3 ... -1: return "neg"
    case 0: return "zero"
    case 1..<1: return "never"
    case 1...2, 4: return "small"
    case 3: return "three"
    case 5..<8: return "mid"
    default: return "big"
    }
}
print((-5...9).map(classify))
