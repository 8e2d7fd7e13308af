import Diagnostics

/// A native loop over a large value that keeps to the cell's deadline and memory budget: it counts its steps
/// (elements boxed, hashed, compared, formatted) and every `interval` steps checks both (`Runtime.checkDeadline`,
/// one clock read). A loop over fewer than `threshold` elements never checks, so ordinary calls pay one comparison
/// when the counter is made and one decrement per step.
struct LongWork {
    /// Steps between two checks (a few milliseconds of work at most).
    static let interval = 1 << 16
    /// Loops of this many steps or more check the deadline.
    static let threshold = 1 << 16

    private let location: SourceLocation?
    private var countdown: Int

    /// A counter for a loop of about `count` steps, reporting a timeout at `location`.
    @inline(__always) init(count: Int, at location: SourceLocation?) {
        self.location = location
        countdown = count >= LongWork.threshold ? LongWork.interval : .max
    }

    /// A counter that checks every `interval` steps whatever the loop's length (for loops of unknown length).
    @inline(__always) init(at location: SourceLocation?) {
        self.location = location
        countdown = LongWork.interval
    }

    /// Counts one step; every `interval` steps, checks the deadline and (every 16th check) the memory budget.
    @inline(__always) mutating func step() throws {
        countdown &-= 1
        if countdown == 0 { try check() }
    }

    /// Counts `steps` steps at once (a slice of a loop done in one native call).
    @inline(__always) mutating func step(by steps: Int) throws {
        countdown &-= steps
        if countdown <= 0 { try check() }
    }

    @inline(never) private mutating func check() throws {
        countdown = LongWork.interval
        try Runtime.current?.checkDeadline(location)
    }

    /// After one native call on `count` elements (or bytes): a large one checks the deadline, so a loop of such
    /// calls stops in time even when its own iterations are too few to check it.
    @inline(__always) static func after(count: Int, at location: SourceLocation?) throws {
        if count >= threshold { try Runtime.current?.checkDeadline(location) }
    }
}
