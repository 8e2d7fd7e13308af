import Foundation

/// The CPU time this process has used, for tests that guard against quadratic or runaway work: unlike wall-clock
/// time it does not grow when other processes load the machine (work on helper threads is included).
public enum ProcessCPUTime {
    /// Seconds of CPU time used by the whole process so far.
    public static var now: Double {
        var time = timespec()
        guard clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time) == 0 else { return 0 }
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// The CPU seconds `body` took.
    public static func measure<T>(_ body: () throws -> T) rethrows -> (result: T, seconds: Double) {
        let start = now
        let result = try body()
        return (result, now - start)
    }
}
