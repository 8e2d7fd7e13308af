import CellLanguage

/// Small conversions and guards shared by every module's bindings: library errors to `NativeError`,
/// seeds, ranges and size limits checked before anything is allocated.
enum BindingSupport {
    /// The largest number of elements a tensor or array created from a cell may have (160 MB of doubles):
    /// a lesson never needs more, and a typo such as `zeros([100000, 100000])` must not exhaust memory.
    static let maxElements = 20_000_000

    /// Runs a library call, turning any library error (`TensorError`, `RegressionError`, ...) into a
    /// `NativeError` that carries the library's message.
    static func guarded<Result>(_ body: () throws -> Result) throws -> Result {
        do {
            return try body()
        } catch let error as NativeError {
            throw error
        } catch {
            throw NativeError(String(describing: error))
        }
    }

    /// A seed for the NumPy-compatible generator: cells pass an Int, the library takes a UInt32.
    static func seed(_ value: Int) throws -> UInt32 {
        guard let seed = UInt32(exactly: value) else {
            throw NativeError("seed must be in 0...\(UInt32.max), not \(value)")
        }
        return seed
    }

    /// The element count of `shape`, refusing negative dimensions and shapes beyond `maxElements`.
    @discardableResult
    static func checkedCount(_ shape: [Int], _ operation: String) throws -> Int {
        var total = 1
        for dimension in shape {
            guard dimension >= 0 else {
                throw NativeError("\(operation): negative dimension in shape \(shape)")
            }
            let (product, overflow) = total.multipliedReportingOverflow(by: dimension)
            guard !overflow, product <= maxElements else { throw tooLarge(operation, shape.description) }
            total = product
        }
        return total
    }

    /// Refuses a `count` of elements that is negative or beyond `maxElements`.
    static func checkCount(_ count: Int, _ operation: String) throws {
        guard count >= 0 else { throw NativeError("\(operation): count must not be negative, got \(count)") }
        guard count <= maxElements else { throw tooLarge(operation, "\(count) elements") }
    }

    /// The error for a request beyond `maxElements`.
    static func tooLarge(_ operation: String, _ what: String) -> NativeError {
        NativeError("\(operation): \(what) is too large (the limit is \(maxElements) elements)")
    }

    /// `nil` for the empty string, which cells pass to mean "none".
    static func optional(_ text: String) -> String? {
        text.isEmpty ? nil : text
    }

    /// A matrix value checked to be rectangular (every row as long as the first).
    static func rectangular(_ rows: [[Double]], _ what: String) throws -> [[Double]] {
        if let width = rows.first?.count, let bad = rows.firstIndex(where: { $0.count != width }) {
            throw NativeError("\(what): row \(bad) has \(rows[bad].count) values, row 0 has \(width)")
        }
        return rows
    }
}
