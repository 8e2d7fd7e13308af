import Foundation

/// Length-prefixed messages and whole-stream reads over pipes, retrying interrupted calls.
enum LivePipe {
    /// Writes all of `data`; false when the reader is gone.
    @discardableResult
    static func writeAll(_ data: Data, to fd: Int32) -> Bool {
        data.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let written = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 && errno == EINTR { continue }
                if written <= 0 { return false }
                offset += written
            }
            return true
        }
    }

    /// Writes a message: its length as 8 bytes, then its bytes.
    @discardableResult
    static func send(_ data: Data, to fd: Int32) -> Bool {
        var length = UInt64(data.count).littleEndian
        return writeAll(Data(bytes: &length, count: 8), to: fd) && writeAll(data, to: fd)
    }

    /// Reads exactly `count` bytes, or nil at end of stream.
    static func readExactly(_ count: Int, from fd: Int32) -> Data? {
        var data = Data(count: count)
        var offset = 0
        let complete = data.withUnsafeMutableBytes { buffer -> Bool in
            while offset < count {
                let got = read(fd, buffer.baseAddress! + offset, count - offset)
                if got < 0 && errno == EINTR { continue }
                if got <= 0 { return false }
                offset += got
            }
            return true
        }
        return complete ? data : nil
    }

    /// Reads one message written by `send`, or nil at end of stream.
    static func receive(from fd: Int32) -> Data? {
        guard let header = readExactly(8, from: fd) else { return nil }
        let length = header.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) }
        return length == 0 ? Data() : readExactly(Int(length), from: fd)
    }

    /// Reads every stream to its end, all at once (a writer blocked on a full pipe never waits for another), until
    /// `deadline` (uptime nanoseconds); a stream not finished by then gives nil.
    static func readToEnd(_ fds: [Int32], deadline: UInt64) -> [Data?] {
        var buffers = Array(repeating: Data(), count: fds.count)
        var open = Set(fds.indices)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while !open.isEmpty {
            let now = DispatchTime.now().uptimeNanoseconds
            guard now < deadline else { break }
            var polls = open.sorted().map { pollfd(fd: fds[$0], events: Int16(POLLIN), revents: 0) }
            let ready = poll(&polls, nfds_t(polls.count), Int32(min((deadline - now) / 1_000_000, 1000)))
            if ready < 0 && errno != EINTR { break }
            for entry in polls where entry.revents != 0 {
                guard let position = fds.firstIndex(of: entry.fd) else { continue }
                let got = read(entry.fd, &chunk, chunk.count)
                if got > 0 {
                    buffers[position].append(contentsOf: chunk[0..<got])
                } else if got == 0 || (errno != EINTR && errno != EAGAIN) {
                    open.remove(position)
                }
            }
        }
        return fds.indices.map { open.contains($0) ? nil : buffers[$0] }
    }
}
