import Diagnostics

/// Integer arithmetic on range bounds that a cell controls, without the traps of Swift's own operators: a count
/// that does not fit in an Int is a run-time error, and an end bound past `Int.max` saturates (and then fails the
/// caller's bounds check).
enum RangeArithmetic {
    /// The number of integers in `lower..<upper` or `lower...upper` (`lower <= upper`), or an overflow error
    /// (`(0...Int.max).count`, `(Int.min..<Int.max).count`), as Swift traps.
    static func count(_ lower: Int, _ upper: Int, closed: Bool, at location: SourceLocation?) throws -> Int {
        guard lower <= upper else { return 0 }
        let (span, overflow) = upper.subtractingReportingOverflow(lower)
        let (count, overflowAgain) = closed ? span.addingReportingOverflow(1) : (span, false)
        guard !overflow, !overflowAgain else {
            throw RuntimeError(message: "arithmetic overflow in 'count': the range \(lower)\(closed ? "..." : "..<")\(upper) has more than \(Int.max) elements",
                               location: location)
        }
        return count
    }

    /// The exclusive end of `lower...upper` (`upper + 1`) or of `lower..<upper` (`upper`), saturating at `Int.max`:
    /// no array holds `Int.max` elements, so a saturated end is always out of range.
    @inline(__always) static func end(_ upper: Int, closed: Bool) -> Int {
        closed ? (upper == .max ? .max : upper + 1) : upper
    }
}
