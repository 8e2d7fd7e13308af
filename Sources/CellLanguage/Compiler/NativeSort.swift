import Diagnostics

/// Sorting of boxed arrays whose elements are Int, Double or String, with Swift's own sort on unboxed storage.
///
/// Unboxing, sorting and boxing again is several times faster than sorting `[Value]` through a comparison
/// closure, and gives the same order: both use `<` on the same values with the same (stable) algorithm. Large
/// arrays check the cell's deadline as they go: Ints (where any correct sort gives the same array) are sorted in
/// slices of `slice` and merged; Doubles and Strings by Swift's algorithm with `<` wrapped in a counter (`LongWork`),
/// so the order is the same, equal keys and NaNs included.
enum NativeSort {
    /// Ints sorted in one call up to this many; longer arrays are sorted in slices of this size, then merged.
    static let slice = 1 << 20

    /// Sorts `elements` in place by `<` when `type` is Int, Double, String or Character; returns false otherwise.
    static func sort(_ elements: inout [Value], _ type: CType, at location: SourceLocation?) throws -> Bool {
        switch type {
        case .int:
            var unboxed = elements.map(\.intValue)
            try sortInts(&unboxed, at: location)
            elements = unboxed.map(Value.int)
        case .double:
            var unboxed = elements.map(\.doubleValue)
            try sortCounting(&unboxed, at: location)
            elements = unboxed.map(Value.double)
        case .string, .character:
            var unboxed = elements.map(\.stringValue)
            try sortCounting(&unboxed, at: location)
            elements = unboxed.map(Value.string)
        default:
            return false
        }
        return true
    }

    /// Swift's sort; a large array by the same algorithm with `<` wrapped in a counter that checks the deadline.
    private static func sortCounting<T: Comparable>(_ values: inout [T], at location: SourceLocation?) throws {
        guard values.count >= LongWork.threshold else { return values.sort() }
        var work = LongWork(at: location)
        try values.sort { a, b in
            try work.step()
            return a < b
        }
    }

    /// Ints in increasing order: slices sorted one at a time, then merged pairwise, checking the deadline between.
    private static func sortInts(_ values: inout [Int], at location: SourceLocation?) throws {
        let count = values.count
        guard count > slice else { return values.sort() }
        var start = 0
        while start < count {
            let end = min(count, start + slice)
            values[start..<end].sort()
            start = end
            try Runtime.current?.checkDeadline(location)
        }
        var merged = [Int](repeating: 0, count: count)
        var width = slice
        while width < count {
            try values.withUnsafeBufferPointer { source in
                try merged.withUnsafeMutableBufferPointer { target in
                    var low = 0
                    while low < count {
                        let middle = min(count, low + width), high = min(count, low + 2 * width)
                        merge(source, low, middle, high, into: target)
                        low = high
                        try Runtime.current?.checkDeadline(location)
                    }
                }
            }
            swap(&values, &merged)
            width *= 2
        }
    }

    /// Merges the sorted runs `source[low..<middle]` and `source[middle..<high]` into `target[low..<high]`.
    private static func merge(_ source: UnsafeBufferPointer<Int>, _ low: Int, _ middle: Int, _ high: Int,
                              into target: UnsafeMutableBufferPointer<Int>) {
        var left = low, right = middle, out = low
        while left < middle && right < high {
            if source[right] < source[left] {
                target[out] = source[right]
                right += 1
            } else {
                target[out] = source[left]
                left += 1
            }
            out += 1
        }
        while left < middle { target[out] = source[left]; left += 1; out += 1 }
        while right < high { target[out] = source[right]; right += 1; out += 1 }
    }
}
