// Generic methods in a plain `extension Array` (every array gets them, `Element` its element type) and in
// `extension Array where Element: Comparable`.
extension Array {
    func chunked(into size: Int) -> [[Element]] {
        var result: [[Element]] = []
        var index = 0
        while index < count {
            result.append(Array(self[index..<Swift.min(index + size, count)]))
            index += size
        }
        return result
    }

    func second() -> Element? {
        count > 1 ? self[1] : nil
    }

    var middle: Element? {
        isEmpty ? nil : self[count / 2]
    }

    func paired<U>(with other: [U]) -> [(Element, U)] {
        var result: [(Element, U)] = []
        for i in 0..<Swift.min(count, other.count) {
            result.append((self[i], other[i]))
        }
        return result
    }

    mutating func rotate() {
        if let first = first {
            removeFirst()
            append(first)
        }
    }
}

extension Array where Element: Comparable {
    func isAscending() -> Bool {
        for i in 0..<Swift.max(count - 1, 0) where self[i] > self[i + 1] {
            return false
        }
        return true
    }
}

print([1, 2, 3, 4, 5].chunked(into: 2))
print(["a", "b", "c"].chunked(into: 2))
print([1.5, 2.5, 3.5].second() ?? 0, [true].second() == nil)
print(["x", "y", "z"].middle ?? "-", [Int]().middle == nil)
print(["a", "b"].paired(with: [1, 2, 3]))
var ring = [1, 2, 3]
ring.rotate()
print(ring)
print([1, 2, 3].isAscending(), [3, 1].isAscending(), ["a", "b"].isAscending(), [Double]().isAscending())
