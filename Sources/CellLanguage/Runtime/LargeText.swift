import Diagnostics
import Foundation

/// String natives on large texts that keep to the cell's deadline and memory budget: the work is done in slices,
/// checking both between slices, so `//| timeout: 2` stops `replacingOccurrences` on a 128 MiB string near 2 s.
///
/// Small texts (under `threshold` bytes) and texts or patterns with non-ASCII characters go to Foundation
/// unchanged; for ASCII, a byte-wise search finds exactly the occurrences Foundation finds.
enum LargeText {
    /// Texts shorter than this (in UTF-8 bytes) are handed to Foundation in one call.
    static let threshold = 1 << 20

    /// `text.replacingOccurrences(of: target, with: replacement)`.
    static func replacing(_ text: String, of target: String, with replacement: String, runtime: Runtime,
                          at location: SourceLocation) throws -> String {
        var text = text, target = target, replacement = replacement
        guard text.utf8.count >= threshold, !target.isEmpty,
              let result = try text.withUTF8({ bytes in
                  try target.withUTF8 { pattern in
                      try replacement.withUTF8 { insert in
                          try replacingASCII(bytes, pattern, insert, runtime: runtime, at: location)
                      }
                  }
              }) else {
            return text.replacingOccurrences(of: target, with: replacement)
        }
        return result
    }

    /// `String(repeating: unit, count: count)` (sizes already checked by `AllocationLimit`): a large result is filled
    /// by doubling copies, checking the deadline between them.
    static func repeating(_ unit: String, count: Int, runtime: Runtime, at location: SourceLocation) throws -> String {
        var unit = unit
        let total = unit.utf8.count &* count
        guard total >= threshold else { return String(repeating: unit, count: count) }
        return try unit.withUTF8 { bytes in
            try String(unsafeUninitializedCapacity: total) { buffer in
                let base = buffer.baseAddress!
                memcpy(base, bytes.baseAddress!, bytes.count)
                var filled = bytes.count
                while filled < total {
                    let chunk = min(filled, total - filled)
                    memcpy(base + filled, base, chunk)
                    filled += chunk
                    try runtime.checkDeadline(location)
                }
                return total
            }
        }
    }

    /// The byte-wise replacement, or nil when any of the three is not ASCII.
    private static func replacingASCII(_ text: UnsafeBufferPointer<UInt8>, _ pattern: UnsafeBufferPointer<UInt8>,
                                       _ insert: UnsafeBufferPointer<UInt8>, runtime: Runtime,
                                       at location: SourceLocation) throws -> String? {
        guard isASCII(pattern), isASCII(insert), try isASCII(text, runtime: runtime, at: location) else { return nil }
        var output: [UInt8] = []
        output.reserveCapacity(text.count)
        let first = pattern[0], length = pattern.count
        var index = 0, copied = 0, nextCheck = threshold
        while index <= text.count - length {
            if index >= nextCheck {
                nextCheck = index + threshold
                try runtime.checkDeadline(location)
                try MemoryBudget.check(adding: output.count, at: location)
            }
            if text[index] == first && memcmp(text.baseAddress! + index, pattern.baseAddress!, length) == 0 {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: text[copied..<index]))
                output.append(contentsOf: insert)
                index += length
                copied = index
            } else {
                index += 1
            }
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: text[copied...]))
        try runtime.checkDeadline(location)
        return String(decoding: output, as: UTF8.self)
    }

    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.allSatisfy { $0 < 0x80 }
    }

    /// Whether a large text is ASCII, checking the deadline between slices.
    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>, runtime: Runtime, at location: SourceLocation) throws -> Bool {
        var start = 0
        while start < bytes.count {
            let end = min(bytes.count, start + 4 * threshold)
            if !isASCII(UnsafeBufferPointer(rebasing: bytes[start..<end])) { return false }
            start = end
            try runtime.checkDeadline(location)
        }
        return true
    }
}
