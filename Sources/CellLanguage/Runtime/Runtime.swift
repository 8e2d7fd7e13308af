import Diagnostics
import Foundation

/// Mutable state of a running cell: output collected so far, call depth, and the deadline.
final class Runtime {
    var limits: ExecutionLimits
    private(set) var outputs: [CellOutputEvent] = []
    private var pendingText = ""
    private var outputBytes = 0
    private var outputLines = 0
    /// Which limit stopped the output, once one has.
    fileprivate enum Truncation { case lines, bytes }
    private var truncation: Truncation?
    /// Hot counters behind a constant pointer, so loops and calls update them without exclusivity checks.
    struct Counters {
        var depth = 0
        var ticks = 0
        var maxDepth = 10_000
    }
    let counters = UnsafeMutablePointer<Counters>.allocate(capacity: 1)
    /// The cell's CPU-time budget in nanoseconds (`.max`: none).
    private var budget: UInt64 = .max
    private var timeoutSeconds: Double = 0
    /// The stand-ins of the arrays that mutating methods running user code are modifying, innermost last
    /// (`ExclusiveAccess`).
    var exclusiveMarkers: [AccessMarker] = []
    /// The generator of the random calls written without `using:`, reseeded for every cell (`seedRandom(from:)`).
    var randomStream = CellRandomStream(seededFrom: "")
    /// Receives the training progress bindings report (`NativeCall.reportProgress`); nil ignores it.
    var progressHandler: ((TrainingProgress) -> Void)?
    /// The thread running the cell and its CPU time when the cell started on it (taken at the first check).
    private var cpuThread: pthread_t?
    private var cpuStart: UInt64 = 0

    init(limits: ExecutionLimits) {
        self.limits = limits
        counters.initialize(to: Counters(maxDepth: limits.maxCallDepth))
    }

    deinit {
        counters.deallocate()
    }

    /// The first run-time error inside a class's `deinit` (which cannot stop the code that freed the object): the
    /// cell reports it when it ends.
    var lateFailure: RuntimeError?

    /// Keeps `error` as the cell's `lateFailure` unless one is kept already.
    func noteLateFailure(_ error: Error) {
        if lateFailure == nil, let error = error as? RuntimeError { lateFailure = error }
    }

    /// The first run-time error inside a `hash(into:)` or `==` a set or dictionary called (which cannot throw):
    /// Swift stops there, so the cell stops at its next output or deadline check, before printing more.
    private(set) var keyFailure: RuntimeError?

    /// Keeps `error` as the cell's `keyFailure` unless one is kept already.
    func noteKeyFailure(_ error: Error) {
        if keyFailure == nil, let error = error as? RuntimeError { keyFailure = error }
    }

    /// Seeds the cell's random stream from its code: the same cell draws the same numbers at every run.
    func seedRandom(from code: String) {
        randomStream = CellRandomStream(seededFrom: code)
    }

    /// Starts a new cell run with the given timeout.
    func begin(timeoutSeconds: Double) {
        lateFailure = nil
        keyFailure = nil
        outputs = []
        pendingText = ""
        outputBytes = 0
        outputLines = 0
        truncation = nil
        counters.pointee = Counters(depth: 0, ticks: 0, maxDepth: limits.maxCallDepth)
        self.timeoutSeconds = timeoutSeconds
        let nanoseconds = timeoutSeconds * 1e9
        budget = nanoseconds >= Double(UInt64.max / 2) ? .max : UInt64(max(0, nanoseconds))
        cpuThread = nil
    }

    /// Ends the run and returns the output events.
    func finish() -> [CellOutputEvent] {
        flushText()
        if let truncation {
            outputs.append(.truncated(truncationNotice(truncation)))
            self.truncation = nil
        }
        let result = outputs
        outputs = []
        return result
    }

    private func flushText() {
        if !pendingText.isEmpty {
            outputs.append(.text(pendingText))
            pendingText = ""
        }
    }

    /// Counts one loop iteration or call; every few thousand, checks the deadline.
    @inline(__always) func tick(_ location: SourceLocation) throws {
        counters.pointee.ticks &+= 1
        if counters.pointee.ticks & 0xFFF == 0 {
            try checkDeadline(location)
        }
    }

    /// After a native call: the deadline and memory checks, at most every 5 ms of wall time (a coarse clock read,
    /// a few nanoseconds, decides), so a loop of long native calls (`matmul`, training steps) stops in time while a
    /// loop of tiny ones pays almost nothing.
    @inline(__always) func checkAfterNativeCall(_ location: SourceLocation?) throws {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC_COARSE, &now)
        let nanoseconds = UInt64(now.tv_sec) &* 1_000_000_000 &+ UInt64(now.tv_nsec)
        if nanoseconds &- lastNativeCheck >= 5_000_000 {
            lastNativeCheck = nanoseconds
            try checkDeadline(location)
            try checkMemory(adding: 0, at: location)
        }
    }
    private var lastNativeCheck: UInt64 = 0
    /// Deadline checks since the last memory check (memory is read every 16th).
    private var checksSinceMemory = 0

    /// Throws `memory limit exceeded` when the run's resident memory plus `bytes` about to be allocated passes the
    /// budget (`ExecutionLimits.maxMemoryBytes`).
    func checkMemory(adding bytes: Int, at location: SourceLocation?) throws {
        let limit = limits.maxMemoryBytes
        let (total, overflow) = MemoryBudget.residentBytes().addingReportingOverflow(max(0, bytes))
        if overflow || total > limit {
            throw MemoryBudget.exceeded(limit: limit, at: location)
        }
    }

    /// Throws the timeout error when the cell has used up its time (one clock read; cheap enough for every
    /// step of a long native loop); every 16th call also checks the memory budget.
    ///
    /// The limit counts the CPU time of the thread running the cell, not wall time: a busy machine slows a
    /// cell down without making it fail. Work that other threads do for the cell (BLAS workers) is not
    /// counted; the limit is there to stop runaway loops, which run on the cell's thread.
    func checkDeadline(_ location: SourceLocation?) throws {
        if let keyFailure { throw keyFailure }
        checksSinceMemory &+= 1
        if checksSinceMemory >= 16 {
            checksSinceMemory = 0
            try checkMemory(adding: 0, at: location)
        }
        guard budget != .max else { return }
        let now = Runtime.threadCPUNanoseconds()
        let current = pthread_self()
        guard let thread = cpuThread, pthread_equal(thread, current) != 0 else {
            cpuThread = current
            cpuStart = now
            return
        }
        if now &- cpuStart > budget {
            let seconds = timeoutSeconds == timeoutSeconds.rounded() ? String(Int(timeoutSeconds)) : String(timeoutSeconds)
            throw RuntimeError(message: "cell timed out after \(seconds) s", location: location)
        }
    }

    /// Starts the cell's CPU clock on the calling thread (the cell's thread), so time spent before the first check
    /// (a long native call at the start of the cell) counts too, and makes this the thread's `current` runtime.
    func startClock() {
        cpuThread = pthread_self()
        cpuStart = Runtime.threadCPUNanoseconds()
        pthread_setspecific(Runtime.currentKey, Unmanaged.passUnretained(self).toOpaque())
    }

    /// Ends the cell's run on the calling thread: it has no `current` runtime any more.
    func stopClock() {
        pthread_setspecific(Runtime.currentKey, nil)
    }

    /// The runtime of the cell running on the calling thread (between `startClock` and `stopClock`), for native
    /// loops deep in the library (`LongWork`, `ValueFormatter`) that check its deadline.
    static var current: Runtime? {
        guard let pointer = pthread_getspecific(currentKey) else { return nil }
        return Unmanaged<Runtime>.fromOpaque(pointer).takeUnretainedValue()
    }
    private static let currentKey: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    /// CPU time consumed so far by the calling thread, in nanoseconds.
    static func threadCPUNanoseconds() -> UInt64 {
        var time = timespec()
        guard clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time) == 0 else { return 0 }
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }

    /// Enters a function call, failing when the call depth limit is reached.
    @inline(__always) func enterCall(_ location: SourceLocation) throws {
        counters.pointee.depth += 1
        if counters.pointee.depth > counters.pointee.maxDepth {
            counters.pointee.depth -= 1
            throw RuntimeError(message: "call depth exceeded \(counters.pointee.maxDepth) (runaway recursion?)",
                               location: location)
        }
        try tick(location)
    }

    /// Leaves a function call.
    @inline(__always) func exitCall() {
        counters.pointee.depth -= 1
    }

    /// Appends printed text. Once the cell has printed `maxOutputLines` lines or `maxOutputBytes` bytes, further
    /// text is counted but dropped (the cell keeps running) and `finish()` ends the outputs with a `.truncated` notice.
    func write(_ text: String, at location: SourceLocation?) throws {
        if let keyFailure { throw keyFailure }
        let utf8 = text.utf8
        let bytes = utf8.count
        var lines = 0
        if let fast = utf8.withContiguousStorageIfAvailable({ buffer -> Int in
            var count = 0
            for byte in buffer where byte == 0x0A { count &+= 1 }
            return count
        }) {
            lines = fast
        } else {
            for byte in utf8 where byte == 0x0A { lines &+= 1 }
        }
        let linesBefore = outputLines
        let bytesBefore = outputBytes
        outputLines &+= lines
        outputBytes &+= bytes
        if truncation != nil { return }
        if outputLines <= limits.maxOutputLines && outputBytes <= limits.maxOutputBytes {
            pendingText += text
            return
        }
        // This text crosses a limit: keep the part that fits, then drop everything after it.
        let all = Array(text.utf8)
        var kept = 0
        var keptLines = linesBefore
        let byteRoom = max(0, limits.maxOutputBytes - bytesBefore)
        while kept < all.count && kept < byteRoom && keptLines < limits.maxOutputLines {
            if all[kept] == 0x0A { keptLines += 1 }
            kept += 1
        }
        while kept > 0 && kept < all.count && all[kept] & 0xC0 == 0x80 { kept -= 1 }   // never split a character
        pendingText += String(decoding: all[..<kept], as: UTF8.self)
        truncation = outputLines > limits.maxOutputLines && keptLines >= limits.maxOutputLines ? .lines : .bytes
    }

    /// The notice that ends a truncated cell's outputs.
    private func truncationNotice(_ reason: Truncation) -> String {
        switch reason {
        case .lines:
            return "output truncated after \(limits.maxOutputLines) lines (\(outputLines) lines printed in all)"
        case .bytes:
            return "output truncated after \(limits.maxOutputBytes) bytes (\(outputBytes) bytes printed in all)"
        }
    }

    /// A point in the cell's output, to go back to (`rewindOutput`).
    struct OutputMark {
        fileprivate let events: Int, bytes: Int, lines: Int
        fileprivate let truncation: Truncation?
    }

    /// The output so far, as a mark (the pending text becomes an event of its own).
    func outputMark() -> OutputMark {
        flushText()
        return OutputMark(events: outputs.count, bytes: outputBytes, lines: outputLines, truncation: truncation)
    }

    /// Drops what was printed or shown since `mark`: output that came from a state Swift would have trapped on.
    func rewindOutput(to mark: OutputMark) {
        flushText()
        if outputs.count > mark.events { outputs.removeLast(outputs.count - mark.events) }
        outputBytes = mark.bytes
        outputLines = mark.lines
        truncation = mark.truncation
    }

    /// Appends a rich output event.
    func display(mimeType: String, content: String, summary: String) {
        flushText()
        outputs.append(.display(mimeType: mimeType, content: content, summary: summary))
    }
}
