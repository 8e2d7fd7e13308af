import Diagnostics
import Foundation

/// Mutable state of a running cell: output collected so far, call depth, and the deadline.
final class Runtime {
    var limits: ExecutionLimits
    private(set) var outputs: [CellOutputEvent] = []
    private var pendingText = ""
    private var outputBytes = 0
    private var outputLines = 0
    /// Hot counters behind a constant pointer, so loops and calls update them without exclusivity checks.
    struct Counters {
        var depth = 0
        var ticks = 0
        var maxDepth = 10_000
    }
    let counters = UnsafeMutablePointer<Counters>.allocate(capacity: 1)
    private var deadline: UInt64 = .max
    private var timeoutSeconds: Double = 0

    init(limits: ExecutionLimits) {
        self.limits = limits
        counters.initialize(to: Counters(maxDepth: limits.maxCallDepth))
    }

    deinit {
        counters.deallocate()
    }

    /// Starts a new cell run with the given timeout.
    func begin(timeoutSeconds: Double) {
        outputs = []
        pendingText = ""
        outputBytes = 0
        outputLines = 0
        counters.pointee = Counters(depth: 0, ticks: 0, maxDepth: limits.maxCallDepth)
        self.timeoutSeconds = timeoutSeconds
        let nanoseconds = timeoutSeconds * 1e9
        deadline = nanoseconds >= Double(UInt64.max / 2) ? .max : DispatchTime.now().uptimeNanoseconds + UInt64(max(0, nanoseconds))
    }

    /// Ends the run and returns the output events.
    func finish() -> [CellOutputEvent] {
        flushText()
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

    private func checkDeadline(_ location: SourceLocation) throws {
        if DispatchTime.now().uptimeNanoseconds > deadline {
            let seconds = timeoutSeconds == timeoutSeconds.rounded() ? String(Int(timeoutSeconds)) : String(timeoutSeconds)
            throw RuntimeError(message: "cell timed out after \(seconds) s", location: location)
        }
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

    /// Appends printed text, enforcing the output limits.
    func write(_ text: String, at location: SourceLocation?) throws {
        outputBytes += text.utf8.count
        outputLines += text.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        if outputBytes > limits.maxOutputBytes || outputLines > limits.maxOutputLines {
            throw RuntimeError(message: "output limit exceeded (\(limits.maxOutputBytes) bytes or \(limits.maxOutputLines) lines)",
                               location: location)
        }
        pendingText += text
    }

    /// Appends a rich output event.
    func display(mimeType: String, content: String, summary: String) {
        flushText()
        outputs.append(.display(mimeType: mimeType, content: content, summary: summary))
    }
}
