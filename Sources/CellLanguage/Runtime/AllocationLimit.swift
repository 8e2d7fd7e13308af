import Diagnostics

/// Caps on single allocations a cell can request, checked before allocating so that a typo like
/// `[Int](repeating: 0, count: 1 << 40)` is a clear error instead of exhausting the machine's memory.
enum AllocationLimit {
    /// Most elements one array (or materialised range or stride) may hold: 100 million.
    static let maxElements = 100_000_000
    /// Most UTF-8 bytes one `String(repeating:count:)` may produce: 1 GiB.
    static let maxStringBytes = 1 << 30

    /// Throws when an array of `count` elements would exceed `maxElements`.
    static func checkElements(_ count: Int, at location: SourceLocation?) throws {
        if count > maxElements {
            throw RuntimeError(message: "cannot create an array of \(count) elements: nbrun limits arrays to \(maxElements) elements",
                               location: location)
        }
        try MemoryBudget.checkGrowth(elements: count, at: location)
    }

    /// Before a new array of `count` elements is built by concatenation: the per-array cap and the run's memory
    /// budget (only large arrays are checked; the test is one comparison otherwise).
    @inline(__always) static func checkGrowth(to count: Int, at location: SourceLocation?) throws {
        if count >= 1 << 16 { try checkElements(count, at: location) }
    }

    /// Before an array grows in place from `old` to `count` elements (`+=`, `append(contentsOf:)`): the per-array cap,
    /// and the memory budget each time the array passes another 65,536 elements (1 MiB), so appending to a large
    /// array does not read the resident size every time.
    @inline(__always) static func checkGrowth(from old: Int, to count: Int, at location: SourceLocation?) throws {
        if count > maxElements || (count >= 1 << 16 && old >> 16 != count >> 16) { try checkElements(count, at: location) }
    }

    /// Before a new string of `bytes` UTF-8 bytes is built by concatenation: the run's memory budget.
    @inline(__always) static func checkGrowth(bytes: Int, at location: SourceLocation?) throws {
        try MemoryBudget.checkGrowth(bytes: bytes, at: location)
    }

    /// Before a string grows in place from `old` to `bytes` UTF-8 bytes (`+=`): the memory budget each time it
    /// passes another MiB.
    @inline(__always) static func checkGrowth(fromBytes old: Int, to bytes: Int, at location: SourceLocation?) throws {
        if old >> 20 != bytes >> 20 { try MemoryBudget.checkGrowth(bytes: bytes, at: location) }
    }

    /// The error for a sequence that grew past `maxElements` while being materialised (e.g. a stride).
    static func tooManyElements(at location: SourceLocation?) -> RuntimeError {
        RuntimeError(message: "cannot create an array of more than \(maxElements) elements: nbrun limits arrays to \(maxElements) elements",
                     location: location)
    }

    /// The elements of the integer range `lower..<upper` (or `lower...upper`), refused when too many.
    static func rangeElements(_ lower: Int, _ upper: Int, closed: Bool, at location: SourceLocation?) throws -> [Value] {
        let (span, overflow) = upper.subtractingReportingOverflow(lower)
        guard !overflow else {
            throw RuntimeError(message: "cannot create an array of more than \(Int.max) elements: nbrun limits arrays to \(maxElements) elements",
                               location: location)
        }
        let count = closed ? (span == Int.max ? span : span + 1) : span
        if closed && span == Int.max {
            throw RuntimeError(message: "cannot create an array of more than \(Int.max) elements: nbrun limits arrays to \(maxElements) elements",
                               location: location)
        }
        guard count > 0 else { return [] }
        try checkElements(count, at: location)
        var result: [Value] = []
        result.reserveCapacity(count)
        var value = lower
        for _ in 0..<count {
            result.append(.int(value))
            value &+= 1
        }
        return result
    }

    /// Throws when repeating a string of `bytes` UTF-8 bytes `count` times would exceed `maxStringBytes`.
    static func checkRepeatedString(bytes: Int, count: Int, at location: SourceLocation?) throws {
        let (total, overflow) = bytes.multipliedReportingOverflow(by: count)
        if overflow || total > maxStringBytes {
            let size = overflow ? "more than \(Int.max)" : String(total)
            throw RuntimeError(message: "cannot create a string of \(size) bytes: nbrun limits strings built by String(repeating:count:) to \(maxStringBytes) bytes (1 GiB)",
                               location: location)
        }
        try MemoryBudget.checkGrowth(bytes: total, at: location)
    }
}
