import Dispatch

/// The time a cell may spend compiling: its time limit covers compiling as well as running, so one pathological
/// cell cannot stall a site build. Once spent, every further expression compiles to nothing and the cell reports it.
struct CompileBudget {
    private let deadline: UInt64
    private var checks = 0
    /// Whether the deadline has passed (then the cell is reported and not run).
    private(set) var exhausted = false

    /// A budget of `seconds` from now (infinite for `.infinity`).
    init(seconds: Double) {
        let nanoseconds = seconds * 1e9
        deadline = nanoseconds >= Double(UInt64.max / 2) ? .max : DispatchTime.now().uptimeNanoseconds + UInt64(max(0, nanoseconds))
    }

    /// Counts one expression; every 256, reads the clock. True once the deadline has passed.
    mutating func isExhausted() -> Bool {
        if exhausted { return true }
        checks &+= 1
        if checks & 255 == 0, deadline != .max, DispatchTime.now().uptimeNanoseconds > deadline { exhausted = true }
        return exhausted
    }
}
