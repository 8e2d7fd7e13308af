// Library protocols as generic constraints on built-in types: `T: BinaryFloatingPoint` (met by Double) and
// `T: CustomStringConvertible` (met by numbers, Booleans, user types that declare it).
func mean<T: BinaryFloatingPoint>(_ xs: [T]) -> T {
    var sum: T = 0
    for x in xs {
        sum += x
    }
    return xs.isEmpty ? 0 : sum / T(xs.count)
}

func variance<T>(_ xs: [T]) -> T where T: BinaryFloatingPoint {
    let m = mean(xs)
    var total: T = 0
    for x in xs {
        total += (x - m) * (x - m)
    }
    return total / T(xs.count)
}

func clamp<T: FloatingPoint & Comparable>(_ x: T, to limit: T) -> T {
    x > limit ? limit : x
}

print(mean([1.0, 2.0, 4.5]))
print(mean([Double]()))
print(variance([2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]))
print(clamp(3.5, to: 2.0))

func tagged<T: CustomStringConvertible>(_ value: T) -> String {
    "<" + value.description + ">"
}

func joinedDescriptions<T>(_ values: [T]) -> String where T: CustomStringConvertible {
    var parts: [String] = []
    for value in values {
        parts.append(value.description)
    }
    return parts.joined(separator: ", ")
}

struct Point: CustomStringConvertible {
    var x: Int
    var y: Int
    var description: String { "(\(x), \(y))" }
}

print(tagged(42))
print(tagged(2.5))
print(tagged(true))
print(tagged(Point(x: 1, y: 2)))
print(joinedDescriptions([1, 2, 3]))
print(joinedDescriptions([Point(x: 0, y: 0), Point(x: 3, y: 4)]))
