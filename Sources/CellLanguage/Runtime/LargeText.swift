import Diagnostics
import Foundation

/// String natives on large texts that keep to the cell's deadline and memory budget: the work is done in slices,
/// checking both between slices, so `//| timeout: 2` stops `replacingOccurrences` on a 128 MiB string near 2 s.
///
/// Small texts (under `threshold` bytes) go to the library unchanged. Searches (`replacingOccurrences`,
/// `components`, `split`, `contains`) scan bytes only where that finds exactly what the library finds: ASCII texts
/// and patterns (without carriage returns where Characters are compared, as `\r\n` is one Character). On other
/// large texts `split` and `components` walk Characters as the library compares them, `contains` asks the library
/// one overlapping window of Characters at a time, and `replacingOccurrences` has the library replace one window
/// at a time, each cut where no occurrence crosses.
enum LargeText {
    /// Texts shorter than this (in UTF-8 bytes) are handed to the library in one call.
    static let threshold = 1 << 20

    /// `text.replacingOccurrences(of: target, with: replacement)`.
    static func replacing(_ text: String, of target: String, with replacement: String,
                          at location: SourceLocation) throws -> String {
        var text = text, target = target, replacement = replacement
        guard text.utf8.count >= threshold, !target.isEmpty,
              let result = try text.withUTF8({ bytes in
                  try target.withUTF8 { pattern in
                      try replacement.withUTF8 { insert in
                          try replacingASCII(bytes, pattern, insert, at: location)
                      }
                  }
              }) else {
            guard text.utf8.count >= threshold, !target.isEmpty else {
                return try after(text.utf8.count, location) { text.replacingOccurrences(of: target, with: replacement) }
            }
            return try replacingByWindows(text, of: target, with: replacement, at: location)
        }
        return result
    }

    /// `replacingOccurrences` on a large text that is not plain ASCII: the library replaces one window of
    /// Characters at a time, each window ending where no occurrence of `target` crosses (so the library finds in it
    /// exactly the matches it finds in the whole text), with the deadline checked between windows.
    private static func replacingByWindows(_ text: String, of target: String, with replacement: String,
                                           at location: SourceLocation) throws -> String {
        let window = 1 << 18, overlap = 18 * target.unicodeScalars.count + 1
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var start = text.startIndex
        while start < text.endIndex {
            var cut = text.index(start, offsetBy: window, limitedBy: text.endIndex) ?? text.endIndex
            var moves = 0
            while cut < text.endIndex, occurrence(of: target, in: text, crosses: cut, within: overlap) {
                guard moves < 64 else { return result + text[start...].replacingOccurrences(of: target, with: replacement) }
                cut = text.index(cut, offsetBy: overlap, limitedBy: text.endIndex) ?? text.endIndex
                moves += 1
            }
            result += String(text[start..<cut]).replacingOccurrences(of: target, with: replacement)
            start = cut
            try Runtime.current?.checkDeadline(location)
        }
        return result
    }

    /// Whether an occurrence of `target` (any, overlapping ones included) starts before `cut` and ends after it;
    /// occurrences span fewer than `overlap` Characters.
    private static func occurrence(of target: String, in text: String, crosses cut: String.Index, within overlap: Int) -> Bool {
        let low = text.index(cut, offsetBy: -overlap, limitedBy: text.startIndex) ?? text.startIndex
        let high = text.index(cut, offsetBy: overlap, limitedBy: text.endIndex) ?? text.endIndex
        var from = low
        while from < cut, let found = text[from..<high].range(of: target) {
            if found.lowerBound >= cut { return false }
            if found.upperBound > cut { return true }
            from = text.unicodeScalars.index(after: found.lowerBound)
        }
        return false
    }

    /// `text.components(separatedBy: separator)`, as values.
    static func components(_ text: String, separatedBy separator: String, at location: SourceLocation) throws -> [Value] {
        if let found = try pieces(text, separator, omittingEmpty: false, allowingCR: false, at: location) { return found }
        guard text.utf8.count >= threshold, !separator.isEmpty else {
            return try after(text.utf8.count, location) { text.components(separatedBy: separator).map(Value.string) }
        }
        return try componentsByCharacters(text, separator, at: location)
    }

    /// `components(separatedBy:)` on a large text that is not plain ASCII, as the library splits it: at each run of
    /// Characters equal to the separator's (Character equality, so canonically equivalent forms match and `"\n"` is
    /// not found inside `"\r\n"`), leftmost first, walking the text Character by Character with deadline checks.
    private static func componentsByCharacters(_ text: String, _ separator: String, at location: SourceLocation) throws -> [Value] {
        let pattern = Array(separator)
        var pieces: [Value] = []
        var work = LongWork(at: location)
        var pieceStart = text.startIndex, index = pieceStart
        while index < text.endIndex {
            var probe = index, matched = 0
            while matched < pattern.count, probe < text.endIndex, text[probe] == pattern[matched] {
                probe = text.index(after: probe)
                matched += 1
            }
            if matched == pattern.count {
                pieces.append(.string(String(text[pieceStart..<index])))
                pieceStart = probe
                index = probe
            } else {
                index = text.index(after: index)
            }
            try work.step()
        }
        pieces.append(.string(String(text[pieceStart...])))
        return pieces
    }

    /// `text.split(separator: character)`, as Substring values (empty pieces dropped) whose indices are `text`'s
    /// shifted by `origin`: plain texts by bytes, other large texts Character by Character as Swift's `split`
    /// compares them.
    static func split(_ text: String, origin: Int = 0, separator character: Character,
                      at location: SourceLocation) throws -> [Value] {
        if let found = try pieces(text, String(character), omittingEmpty: true, allowingCR: false, origin: origin,
                                  at: location) { return found }
        func piece(_ slice: Substring) -> Value {
            StringIndexing.substring(slice, origin: StringIndexing.offset(text, origin: origin, slice.startIndex))
        }
        guard text.utf8.count >= threshold else { return text.split(separator: character).map(piece) }
        var pieces: [Value] = []
        var work = LongWork(at: location)
        var start = text.startIndex, index = start
        while index < text.endIndex {
            let next = text.index(after: index)
            if text[index] == character {
                if start < index { pieces.append(piece(text[start..<index])) }
                start = next
            }
            index = next
            try work.step()
        }
        if start < text.endIndex { pieces.append(piece(text[start...])) }
        return pieces
    }

    /// `contains(other)` of `test` (the library's), scanning bytes for large ASCII texts.
    static func contains(_ text: String, _ other: String, at location: SourceLocation,
                         _ test: (String, String) -> Bool) throws -> Bool {
        var text = text, other = other
        guard text.utf8.count >= threshold, !other.isEmpty,
              let found = try text.withUTF8({ bytes in
                  try other.withUTF8 { pattern -> Bool? in
                      guard isPlain(pattern, allowingCR: false),
                            try isPlain(bytes, allowingCR: false, at: location) else { return nil }
                      var found = false
                      try scan(bytes, pattern, at: location) { _ in
                          found = true
                          return false
                      }
                      return found
                  }
              }) else {
            guard text.utf8.count >= threshold, !other.isEmpty else { return try after(text.utf8.count, location) { test(text, other) } }
            return try containsByWindows(text, other, at: location, test)
        }
        return found
    }

    /// `test` (the library's `contains`) on a large text that is not plain ASCII, a window of Characters at a time:
    /// each window overlaps the next by more Characters than a match can span (canonical equivalence lets a pattern
    /// match at most one Character per scalar of its decomposition, 18 at most per scalar), so every match lies
    /// whole in some window; the deadline is checked between windows.
    private static func containsByWindows(_ text: String, _ other: String, at location: SourceLocation,
                                          _ test: (String, String) -> Bool) throws -> Bool {
        let window = 1 << 18, overlap = 18 * other.unicodeScalars.count
        var start = text.startIndex
        while start < text.endIndex {
            let end = text.index(start, offsetBy: window, limitedBy: text.endIndex) ?? text.endIndex
            let reach = text.index(end, offsetBy: overlap, limitedBy: text.endIndex) ?? text.endIndex
            if test(String(text[start..<reach]), other) { return true }
            start = end
            try Runtime.current?.checkDeadline(location)
        }
        return false
    }

    /// `transform(text)` for a transform that maps each Unicode scalar on its own (`uppercased`, `lowercased`):
    /// a large text is transformed a slice at a time (slices end between scalars), checking the deadline.
    static func mapScalars(_ text: String, at location: SourceLocation, _ transform: (String) -> String) throws -> String {
        var text = text
        guard text.utf8.count >= threshold else { return transform(text) }
        return try text.withUTF8 { bytes in
            var result = ""
            result.reserveCapacity(bytes.count)
            var start = 0
            while start < bytes.count {
                var end = min(bytes.count, start + threshold)
                while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
                result += transform(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
                start = end
                try check(at: location)
            }
            return result
        }
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

    /// The pieces of a large plain-ASCII text between the occurrences of a plain-ASCII separator (Substrings whose
    /// indices are the text's shifted by `origin` when it is given, Strings otherwise); nil when the text is small or
    /// either is not plain (the library's answer is then needed).
    private static func pieces(_ text: String, _ separator: String, omittingEmpty: Bool, allowingCR: Bool,
                               origin: Int? = nil, at location: SourceLocation) throws -> [Value]? {
        var text = text, separator = separator
        guard text.utf8.count >= threshold, !separator.isEmpty else { return nil }
        return try text.withUTF8 { bytes in
            try separator.withUTF8 { pattern -> [Value]? in
                guard isPlain(pattern, allowingCR: allowingCR),
                      try isPlain(bytes, allowingCR: allowingCR, at: location) else { return nil }
                var pieces: [Value] = []
                var work = LongWork(at: location)
                func add(_ start: Int, _ end: Int) throws {
                    if omittingEmpty && start == end { return }
                    let piece = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                    // With an origin, the pieces are Substrings of the text (`split`), without Strings (`components`).
                    pieces.append(origin.map { .variant(StringIndexing.substringTag, [.string(piece), .int($0 &+ start)]) }
                                  ?? .string(piece))
                    try work.step()
                }
                var start = 0
                try scan(bytes, pattern, at: location) { index in
                    try add(start, index)
                    start = index + pattern.count
                    return true
                }
                try add(start, bytes.count)
                return pieces
            }
        }
    }

    /// The byte-wise replacement, or nil when any of the three is not ASCII.
    private static func replacingASCII(_ text: UnsafeBufferPointer<UInt8>, _ pattern: UnsafeBufferPointer<UInt8>,
                                       _ insert: UnsafeBufferPointer<UInt8>, at location: SourceLocation) throws -> String? {
        guard isPlain(pattern, allowingCR: true), isPlain(insert, allowingCR: true),
              try isPlain(text, allowingCR: true, at: location) else { return nil }
        var output: [UInt8] = []
        output.reserveCapacity(text.count)
        var copied = 0
        try scan(text, pattern, at: location) { index in
            output.append(contentsOf: UnsafeBufferPointer(rebasing: text[copied..<index]))
            output.append(contentsOf: insert)
            copied = index + pattern.count
            return true
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: text[copied...]))
        try check(at: location)
        return String(decoding: output, as: UTF8.self)
    }

    /// Calls `found` with the position of each occurrence of `pattern` in `text`, from the left, not overlapping
    /// (as Foundation's searches do), until it returns false; checks the deadline and memory every `threshold` bytes.
    private static func scan(_ text: UnsafeBufferPointer<UInt8>, _ pattern: UnsafeBufferPointer<UInt8>,
                             at location: SourceLocation, _ found: (Int) throws -> Bool) throws {
        guard let base = text.baseAddress, let needle = pattern.baseAddress, text.count >= pattern.count else { return }
        let first = Int32(needle.pointee), length = pattern.count, last = text.count - length
        var index = 0, nextCheck = threshold
        while index <= last {
            if index >= nextCheck {
                nextCheck = index + threshold
                try check(at: location)
            }
            let window = min(last + 1, nextCheck) - index
            guard let hit = memchr(base + index, first, window) else {
                index += window
                continue
            }
            let position = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
            if memcmp(base + position, needle, length) == 0 {
                guard try found(position) else { return }
                index = position + length
            } else {
                index = position + 1
            }
        }
    }

    /// The deadline and the memory budget, between two slices.
    private static func check(at location: SourceLocation) throws {
        try Runtime.current?.checkDeadline(location)
        try MemoryBudget.check(adding: 0, at: location)
    }

    /// `body` (one library call on a text of `bytes` bytes), then the deadline when the text was large.
    private static func after<T>(_ bytes: Int, _ location: SourceLocation, _ body: () throws -> T) throws -> T {
        let result = try body()
        if bytes >= threshold { try check(at: location) }
        return result
    }

    /// Whether all bytes are ASCII (and none is a carriage return unless `allowingCR`).
    private static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>, allowingCR: Bool) -> Bool {
        allowingCR ? bytes.allSatisfy { $0 < 0x80 } : bytes.allSatisfy { $0 < 0x80 && $0 != 0x0D }
    }

    /// `isPlain` on a large text, checking the deadline between slices.
    private static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>, allowingCR: Bool, at location: SourceLocation) throws -> Bool {
        var start = 0
        while start < bytes.count {
            let end = min(bytes.count, start + 4 * threshold)
            if !isPlain(UnsafeBufferPointer(rebasing: bytes[start..<end]), allowingCR: allowingCR) { return false }
            start = end
            try Runtime.current?.checkDeadline(location)
        }
        return true
    }
}
