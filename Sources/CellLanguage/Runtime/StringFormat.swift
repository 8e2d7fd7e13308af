import Foundation

/// A `String(format:)` pattern parsed once into text and conversions, each conversion formatted with the C library's
/// `vsnprintf` — what Foundation's formatter calls for numbers — without going through CFString, which took 7 % of a
/// lesson's render time. Patterns with conversions this fast path does not cover use Foundation (`pieces == nil`).
struct StringFormat {
    /// One piece of a parsed pattern.
    enum Piece {
        /// Literal text (`%%` included, as `%`).
        case text(String)
        /// A numeric conversion, as a C format of its own (`%08.3f`, `%ld`).
        case number([CChar])
        /// A bare `%@`: the argument's text.
        case textArgument
    }

    /// The pattern, for Foundation's formatter when `pieces` is nil.
    let pattern: String
    /// The pieces, or nil when the pattern needs Foundation's formatter.
    let pieces: [Piece]?

    /// Parses `pattern`; a pattern already checked by `FormatChecker` is assumed.
    init(_ pattern: String) {
        self.pattern = pattern
        pieces = StringFormat.parse(Array(pattern.utf8))
    }

    /// The formatted text: `values` are Int, Double or String, in the kinds `FormatChecker` checked.
    func format(_ values: [CVarArg]) -> String {
        guard let pieces else { return String(format: pattern, arguments: values) }
        var result = ""
        var next = 0
        for piece in pieces {
            switch piece {
            case .text(let text):
                result += text
            case .textArgument:
                result += values[next] as? String ?? String(describing: values[next])
                next += 1
            case .number(let spec):
                result += StringFormat.number(spec, values[next])
                next += 1
            }
        }
        return result
    }

    private static func number(_ spec: [CChar], _ value: CVarArg) -> String {
        withVaList([value]) { arguments in
            withUnsafeTemporaryAllocation(of: CChar.self, capacity: 128) { buffer in
                let count = Int(vsnprintf(buffer.baseAddress, 128, spec, arguments))
                if count < 128 { return String(cString: buffer.baseAddress!) }
                return withVaList([value]) { again in
                    var large = [CChar](repeating: 0, count: count + 1)
                    _ = vsnprintf(&large, count + 1, spec, again)
                    return String(decoding: large.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
                }
            }
        }
    }

    private static func parse(_ bytes: [UInt8]) -> [Piece]? {
        var pieces: [Piece] = []
        var text: [UInt8] = []
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "%") else {
                text.append(bytes[index])
                index += 1
                continue
            }
            guard index + 1 < bytes.count else { return nil }
            if bytes[index + 1] == UInt8(ascii: "%") {
                text.append(UInt8(ascii: "%"))
                index += 2
                continue
            }
            let start = index
            index += 1
            while index < bytes.count, "-+ #0".utf8.contains(bytes[index]) { index += 1 }
            while index < bytes.count, bytes[index] >= 0x30 && bytes[index] <= 0x39 { index += 1 }
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                while index < bytes.count, bytes[index] >= 0x30 && bytes[index] <= 0x39 { index += 1 }
            }
            var longs = 0
            while index < bytes.count, bytes[index] == UInt8(ascii: "l") { longs += 1; index += 1 }
            guard longs <= 2, index < bytes.count else { return nil }
            let conversion = bytes[index]
            index += 1
            if !text.isEmpty { pieces.append(.text(String(decoding: text, as: UTF8.self))); text = [] }
            switch conversion {
            case UInt8(ascii: "@"):
                // Flags, width or precision on `%@` are Foundation's business.
                guard index - start == 2 else { return nil }
                pieces.append(.textArgument)
            case _ where "diuxXofFeEgGaA".utf8.contains(conversion):
                pieces.append(.number(bytes[start..<index].map { CChar(bitPattern: $0) } + [0]))
            default:
                return nil
            }
        }
        if !text.isEmpty { pieces.append(.text(String(decoding: text, as: UTF8.self))) }
        return pieces
    }
}
