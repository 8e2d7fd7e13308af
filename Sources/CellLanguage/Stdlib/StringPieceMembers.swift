import Diagnostics
import Foundation

/// `split(whereSeparator:)` and `split(separator:maxSplits:omittingEmptySubsequences:)` (with its shorter forms) of a
/// String or a Substring, `lexicographicallyPrecedes(_:)` of a String, and Foundation's `padding(toLength:withPad:startingAt:)`.
enum StringPieceMembers {
    /// The pieces between characters a predicate picks: Substrings whose indices are the base string's.
    static let splitWhere = StdlibMember("func split(whereSeparator isSeparator: (Character) -> Bool) -> [Substring]",
                                         "The pieces between the characters `isSeparator` picks, empty pieces dropped.") { site in
        let test = site.compiler.compileFunctionArgument(site.arguments[0], [.character], .bool)
        let text = site.value, location = site.location
        return Typed(type: .array(.substring), code: .value { frame in
            let (value, origin) = StringIndexing.parts(try text(frame))
            guard case .function(let isSeparator) = try test(frame) else { return .array([]) }
            func piece(_ slice: Substring) -> Value {
                StringIndexing.substring(slice, origin: StringIndexing.offset(value, origin: origin, slice.startIndex))
            }
            var pieces: [Value] = []
            var work = LongWork(at: location)
            var start = value.startIndex, index = start
            while index < value.endIndex {
                let next = value.index(after: index)
                if try isSeparator.call(.string(String(value[index]))).boolValue {
                    if start < index { pieces.append(piece(value[start..<index])) }
                    start = next
                }
                index = next
                try work.step()
            }
            if start < value.endIndex { pieces.append(piece(value[start...])) }
            return .array(pieces)
        })
    }

    /// `split(separator:maxSplits:omittingEmptySubsequences:)` and the forms leaving out either: Swift's own split,
    /// Substrings whose indices are the base string's (`split(separator:)` alone is `StringMembers.split`).
    static let splitLimited = [
        "func split(separator: Character, maxSplits: Int, omittingEmptySubsequences: Bool) -> [Substring]",
        "func split(separator: Character, maxSplits: Int) -> [Substring]",
        "func split(separator: Character, omittingEmptySubsequences: Bool) -> [Substring]",
    ].map { declaration in
        StdlibMember(declaration, "The pieces between separators, after at most `maxSplits` splits, empty pieces kept "
                                    + "when `omittingEmptySubsequences` is false.") { site in
            let separator = site.argument(0, as: .character), text = site.value, location = site.location
            let maxSplits = site.labels.firstIndex(of: "maxSplits").map { site.compiler.intArgument(site.arguments[$0]) }
            let omitting = site.labels.firstIndex(of: "omittingEmptySubsequences").map { site.argument($0, as: .bool) }
            return Typed(type: .array(.substring), code: .value { frame in
                let (value, origin) = StringIndexing.parts(try text(frame))
                guard let character = try separator(frame).stringValue.first else { return .array([]) }  // a Character
                let limit = try maxSplits?(frame) ?? Int.max
                guard limit >= 0 else { throw RuntimeError(message: "Must take zero or more splits", location: location) }
                let omit = try omitting?(frame).boolValue ?? true
                return .array(value.split(separator: character, maxSplits: limit, omittingEmptySubsequences: omit).map {
                    StringIndexing.substring($0, origin: StringIndexing.offset(value, origin: origin, $0.startIndex))
                })
            })
        }
    }

    /// Foundation's `padding(toLength:withPad:startingAt:)`: cut or padded to `newLength` UTF-16 units.
    static let padding = StdlibMember("func padding(toLength newLength: Int, withPad padString: String, startingAt padIndex: Int) -> String",
                                      "Cut to `newLength` (in UTF-16 units), or padded with `padString` repeated from its "
                                        + "`padIndex`-th unit (Foundation's).") { site in
        let text = site.value, length = site.compiler.intArgument(site.arguments[0])
        let pad = site.stringArgument(1), start = site.compiler.intArgument(site.arguments[2]), location = site.location
        return Typed(type: .string, code: .value { frame in
            let value = try text(frame).stringValue, newLength = try length(frame), padText = try pad(frame)
            let padIndex = try start(frame)
            guard newLength >= 0, padIndex >= 0, padIndex < padText.utf16.count else {
                throw RuntimeError(message: "padding(toLength:withPad:startingAt:): index out of range", location: location)
            }
            try AllocationLimit.checkGrowth(fromBytes: value.utf8.count, to: newLength &* 4, at: location)
            return .string(value.padding(toLength: newLength, withPad: padText, startingAt: padIndex))
        })
    }

    /// `lexicographicallyPrecedes(_:)`: the Characters compared one by one with `<`.
    static let lexicographicallyPrecedes = StringMembers.test(
        "func lexicographicallyPrecedes(_ other: String) -> Bool",
        "Whether the characters come before `other`'s in dictionary order (by `<`, character by character).") {
        $0.lexicographicallyPrecedes($1)
    }
}
