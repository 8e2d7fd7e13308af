import Foundation

/// Length-prefixed JSON messages over a pipe's file descriptor, between nbrun and its worker processes.
enum MessagePipe {
    /// Writes one message; false when the pipe is closed.
    @discardableResult
    static func send<Message: Encodable>(_ message: Message, to descriptor: Int32) -> Bool {
        guard let payload = try? JSONEncoder().encode(message) else { return false }
        var length = UInt64(payload.count).littleEndian
        let header = withUnsafeBytes(of: &length) { Array($0) }
        return writeAll(header + Array(payload), to: descriptor)
    }

    /// Reads one message; nil at end of file or on a damaged message.
    static func receive<Message: Decodable>(_ type: Message.Type, from descriptor: Int32) -> Message? {
        guard let header = readExactly(8, from: descriptor) else { return nil }
        let length = header.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }.littleEndian
        guard length < 1 << 34, let payload = readExactly(Int(length), from: descriptor) else { return nil }
        return try? JSONDecoder().decode(Message.self, from: Data(payload))
    }

    /// Writes every byte to `descriptor`, retrying after interruptions; false on an error.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += written
            }
            return true
        }
    }

    private static func readExactly(_ count: Int, from descriptor: Int32) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: count)
        var offset = 0
        while offset < count {
            let got = bytes.withUnsafeMutableBufferPointer { read(descriptor, $0.baseAddress! + offset, count - offset) }
            if got < 0 && errno == EINTR { continue }
            guard got > 0 else { return nil }
            offset += got
        }
        return bytes
    }
}
