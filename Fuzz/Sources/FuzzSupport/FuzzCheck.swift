import Diagnostics
import Foundation

/// Invariants the fuzz targets check on every result; a violation aborts so libFuzzer saves the input.
public enum FuzzCheck {
    /// Aborts with `message` on standard error (a finding, not a product crash path).
    public static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("fuzz invariant violated: \(message)\n".utf8))
        abort()
    }

    /// The input bytes as a string, or nil when they are not valid UTF-8 (text targets skip those inputs).
    public static func text(_ data: UnsafePointer<UInt8>, _ size: Int) -> String? {
        String(validating: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    }

    /// Checks that errors carry a message and every position is 1-based and inside the source (or one past
    /// its last line, where an unterminated construct is reported).
    public static func diagnostics(_ diagnostics: [Diagnostic], lineCount: Int, requireError: Bool) {
        if requireError && !diagnostics.contains(where: { $0.severity == .error }) {
            fail("a failure without an error diagnostic: \(diagnostics)")
        }
        for diagnostic in diagnostics {
            if diagnostic.message.isEmpty { fail("empty diagnostic message") }
            guard let location = diagnostic.location else { continue }
            if location.line < 1 || location.column < 1 || location.line > lineCount + 1 {
                fail("diagnostic '\(diagnostic.message)' at \(location.line):\(location.column) outside \(lineCount) lines")
            }
        }
    }

    /// The number of lines of `text` as CommonMark counts them (lines end at "\r\n", "\n" or a lone "\r").
    public static func lineCount(_ text: String) -> Int {
        lineCount(Array(text.utf8))
    }

    /// The number of lines of UTF-8 `bytes` as CommonMark counts them.
    public static func lineCount(_ bytes: [UInt8]) -> Int {
        var count = 1
        for (index, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: "\n") || (byte == UInt8(ascii: "\r") && bytes[safe: index + 1] != UInt8(ascii: "\n")) {
                count += 1
            }
        }
        return count
    }
}

extension Array {
    /// The element at `index`, or nil past either end.
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
