import CGraphviz
import Foundation

/// Collects Graphviz's warnings and errors instead of letting it print them; guarded by the session lock.
nonisolated(unsafe) private var graphvizMessages: [String] = []

/// Receives every message Graphviz would print to stderr.
private func collectGraphvizMessage(_ message: UnsafeMutablePointer<CChar>?) -> Int32 {
    if let message { graphvizMessages.append(String(cString: message)) }
    return 0
}

/// The process-wide Graphviz context; every Graphviz call goes through ``withContext(_:)``, which
/// holds one global lock because Graphviz is not thread-safe.
final class GraphvizSession: @unchecked Sendable {
    /// The only session.
    static let shared = GraphvizSession()

    private let lock = NSLock()
    private var context: OpaquePointer?

    private init() {}

    /// Runs `body` with the Graphviz context while holding the global lock; returns the result and
    /// the messages Graphviz reported meanwhile.
    func withContext<Result>(
        _ body: (OpaquePointer) throws -> Result
    ) throws -> (result: Result, messages: [String]) {
        lock.lock()
        defer { lock.unlock() }
        if context == nil {
            _ = agseterrf(collectGraphvizMessage)
            context = gvContext()
        }
        guard let context else {
            throw MermaidError(line: 1, message: "the Graphviz library could not be initialised")
        }
        graphvizMessages = []
        let result = try body(context)
        let messages = graphvizMessages
        graphvizMessages = []
        return (result, messages)
    }

    /// Whether Graphviz knows the colour name; call only inside ``withContext(_:)``.
    func isKnownColorName(_ name: String) -> Bool {
        var color = gvcolor_t()
        return name.withCString { pointer in
            colorxlate(UnsafeMutablePointer(mutating: pointer), &color, RGBA_BYTE) == COLOR_OK
        }
    }
}
