import Diagnostics
import Foundation

/// `range(of:)` (Foundation's search, whose `Range<String.Index>` the cell keeps as UTF-8 offsets), and the members
/// that replace the characters of such a range: `replaceSubrange(_:with:)`, `replacingCharacters(in:with:)`.
enum StringRangeMembers {
    /// The members String and Substring answer.
    static let members: [StdlibMember] = [
        StdlibMember("func range(of aString: String) -> Range<String.Index>?",
                     "The range of the first occurrence of `aString` (Foundation), or nil (always nil for \"\").") { site in
            let text = site.value, needle = site.argument(0, as: .string), location = site.location
            return Typed(type: .optional(.indexRange(closed: false)), code: .value { frame in
                let (value, origin) = StringIndexing.parts(try text(frame))
                let found = value.range(of: try needle(frame).stringValue)
                try LongWork.after(count: value.utf8.count >> 4, at: location)
                guard let found else { return .none }
                return .range(StringIndexing.offset(value, origin: origin, found.lowerBound),
                              StringIndexing.offset(value, origin: origin, found.upperBound), closed: false)
            })
        },
        StdlibMember("func replacingCharacters(in range: Range<String.Index>, with replacement: String) -> String",
                     "A copy with the characters of `range` (`i..<j` or `i...j`) replaced.") { site in
            guard let bounds = boundsArgument(site.compiler, site.arguments[0]) else { return .invalid }
            let text = site.value, replacement = site.argument(1, as: .string), location = site.location
            return Typed(type: .string, code: .value { frame in
                let (value, origin) = StringIndexing.parts(try text(frame))
                let range = try StringIndexing.bounds(try bounds(frame), in: value, origin: origin, at: location)
                var copy = value
                copy.replaceSubrange(range, with: try replacement(frame).stringValue)
                try AllocationLimit.checkGrowth(bytes: copy.utf8.count, at: location)
                return .string(copy)
            })
        },
    ]

    /// String's mutating member that takes a range.
    static let mutating: [StdlibMember] = [
        .mutating("mutating func replaceSubrange(_ bounds: Range<String.Index>, with newElements: String)",
                  "Replaces the characters between the bounds (`i..<j` or `i...j`) with `newElements`.") { site in
            guard let bounds = boundsArgument(site.compiler, site.arguments[0]) else { return .invalid }
            let replacement = site.argument(1, as: .string), location = site.location
            return StringIndexMembers.mutate(site, .void, [bounds, replacement]) { values, text in
                let range = try StringIndexing.bounds(values[0], in: text, origin: 0, at: location)
                let new = values[1].stringValue
                try AllocationLimit.checkGrowth(bytes: text.utf8.count &+ new.utf8.count, at: location)
                text.replaceSubrange(range, with: new)
                return .void
            }
        },
    ]

    /// A `Range<String.Index>` or `ClosedRange<String.Index>` argument; nil (reported) for any other type.
    static func boundsArgument(_ compiler: Compiler, _ argument: Argument) -> ((Frame) throws -> Value)? {
        let bounds = compiler.compileExpr(argument.value, expected: .indexRange(closed: false))
        guard case .indexRange = bounds.type else {
            compiler.cannotGenerate(at: argument.value.location)
            return nil
        }
        return bounds.value
    }
}
