// Generic functions and types constrained to the library's arithmetic protocols, called with Ints and Doubles.
func sum<T: Numeric>(_ xs: [T]) -> T {
    var total: T = 0
    for x in xs { total += x }
    return total
}

func sumByReduce<T: Numeric>(_ xs: [T]) -> T { xs.reduce(0, +) }

func dot<T: Numeric>(_ a: [T], _ b: [T]) -> T {
    var result = T.zero
    for i in 0..<min(a.count, b.count) { result += a[i] * b[i] }
    return result
}

func scaled<T: Numeric>(_ xs: [T], by factor: T) -> [T] { xs.map { $0 * factor } }

func twiceMinusOne<T: Numeric>(_ x: T) -> T { x * 2 - 1 }

func differences<T: AdditiveArithmetic>(_ xs: [T]) -> [T] {
    var result: [T] = []
    var previous = T.zero
    for x in xs {
        result.append(x - previous)
        previous = x
    }
    return result
}

func negated<T: SignedNumeric>(_ x: T) -> T { -x }

func isZero<T: Numeric>(_ x: T) -> Bool { x == 0 }

func largest<T: Numeric & Comparable>(_ xs: [T]) -> T {
    var best: T = .zero
    for x in xs where x > best { best = x }
    return best
}

func average<T: BinaryInteger>(_ xs: [T]) -> T {
    var total: T = 0
    for x in xs { total += x }
    return xs.isEmpty ? 0 : total / T(xs.count)
}

func countEven<T: BinaryInteger>(_ xs: [T]) -> Int {
    var count = 0
    for x in xs where x % 2 == 0 { count += 1 }
    return count
}

struct Vector2<T: Numeric> {
    var x: T
    var y: T
    func scaled(by k: T) -> Vector2<T> { Vector2(x: x * k, y: y * k) }
    func plus(_ other: Vector2<T>) -> Vector2<T> { Vector2(x: x + other.x, y: y + other.y) }
    var lengthSquared: T { x * x + y * y }
}

print(sum([1, 2, 3, 4]), sum([0.5, 1.25, 2.0]))
print(sumByReduce([10, 20, 30]), sumByReduce([1.5, 2.5]))
print(dot([1, 2, 3], [4, 5, 6]), dot([1.5, 2.0], [2.0, 4.0]))
print(scaled([1, 2, 3], by: 10), scaled([1.0, 2.5], by: 0.5))
print(twiceMinusOne(5), twiceMinusOne(0.25))
print(differences([1, 4, 9, 16]), differences([1.0, 1.5, 3.0]))
print(negated(7), negated(-2.5))
print(isZero(0), isZero(0.0), isZero(3))
print(largest([3, 9, 4]), largest([2.5, -1.0, 7.25]))
print(average([2, 4, 9]), average([Int]()), countEven([1, 2, 3, 4, 6]))
let v = Vector2(x: 3, y: 4)
let w = Vector2(x: 1.5, y: -2.0)
print(v.scaled(by: 2).lengthSquared, v.plus(Vector2(x: 1, y: 1)).x, w.scaled(by: 2.0).y, w.lengthSquared)
print(sum([Int]()), sum([UInt8(1), 2, 3]), negated(Int8(5)))

extension Array where Element: Numeric {
    var total: Element { reduce(0, +) }
    func scaled(by k: Element) -> [Element] { map { $0 * k } }
}
func squares<T>(_ xs: [T]) -> [T] where T: SignedNumeric { xs.map { $0 * $0 } }
print([1, 2, 3].total, [1.5, 2.5].total, [1, 2].scaled(by: 3), squares([-2, 3]), squares([0.5]))

// Comparable beside an arithmetic protocol, abs, BinaryInteger's isMultiple(of:) and %.
func positives<T: Numeric & Comparable>(_ xs: [T]) -> [T] { xs.filter { $0 > 0 } }
func clampSum<T>(_ xs: [T], limit: T) -> T where T: Numeric, T: Comparable {
    var s: T = 0
    for x in xs { s += x; if s > limit { return limit } }
    return s
}
func absolute<T: SignedNumeric & Comparable>(_ x: T) -> T { x < 0 ? -x : x }
func mag<T: SignedNumeric & Comparable>(_ x: T) -> T { abs(x) }
func cube<T: Numeric>(_ x: T) -> T { x * x * x }
func gcd<T: BinaryInteger>(_ a: T, _ b: T) -> T { b == 0 ? a : gcd(b, a % b) }
func isEven<T: BinaryInteger>(_ x: T) -> Bool { x.isMultiple(of: 2) }
print(positives([-1, 2, 3]), positives([0.5, -2.0]), clampSum([1, 2, 3], limit: 4), absolute(-3), absolute(2.5))
print(mag(-4), cube(3), cube(1.5), gcd(12, 18), gcd(UInt8(9), 6))
print(isEven(4))
