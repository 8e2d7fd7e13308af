import Foundation

/// The renderer's answers to the preview server, one per build: a line `ok|errors BYTES`, then BYTES bytes of
/// formatted diagnostics (empty when the build succeeded). Written by `PreviewRenderer`, read by `PreviewSession`.
enum RendererAnswers {
    /// The bytes of one answer.
    static func encode(success: Bool, problems: String) -> [UInt8] {
        Array("\(success ? "ok" : "errors") \(problems.utf8.count)\n\(problems)".utf8)
    }

    /// Splits the answers read from a descriptor.
    struct Reader {
        let descriptor: Int32
        private var buffer: [UInt8] = []

        init(descriptor: Int32) { self.descriptor = descriptor }

        /// The next answer: whether the build succeeded and its diagnostics; nil at the end of the stream.
        mutating func next() -> (success: Bool, text: String)? {
            while true {
                if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                    let header = String(decoding: buffer[..<newline], as: UTF8.self).split(separator: " ")
                    guard header.count == 2, let count = Int(header[1]) else { return nil }
                    if buffer.count >= newline + 1 + count {
                        let text = String(decoding: buffer[(newline + 1)..<(newline + 1 + count)], as: UTF8.self)
                        buffer.removeFirst(newline + 1 + count)
                        return (header[0] == "ok", text)
                    }
                }
                var chunk = [UInt8](repeating: 0, count: 65536)
                let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { return nil }
                buffer += chunk[..<count]
            }
        }
    }
}
