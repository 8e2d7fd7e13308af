import Diagnostics

/// `prefix`, `suffix`, `dropFirst`, `dropLast`, `prefix(while:)` and `drop(while:)` of a String or Substring: a
/// Substring (sharing its base's indices), as in Swift, where `let p: String = s.prefix(2)` is refused.
enum StringSliceMembers {
    static let members: [StdlibMember] = [
        slice("func prefix(_ maxLength: Int) -> Substring", "The first `maxLength` Characters (fewer when shorter).",
              negative: "Can't take a prefix of negative length from a collection") { $0.prefix($1) },
        slice("func suffix(_ maxLength: Int) -> Substring", "The last `maxLength` Characters (fewer when shorter).",
              negative: "Can't take a suffix of negative length from a collection") { $0.suffix($1) },
        slice("func dropFirst(_ k: Int) -> Substring", "All but the first `k` Characters.", negative: dropNegative) { $0.dropFirst($1) },
        slice("func dropLast(_ k: Int) -> Substring", "All but the last `k` Characters.", negative: dropNegative) { $0.dropLast($1) },
        slice("func dropFirst() -> Substring", "All but the first Character.", negative: dropNegative) { $0.dropFirst($1) },
        slice("func dropLast() -> Substring", "All but the last Character.", negative: dropNegative) { $0.dropLast($1) },
        whileSlice("func prefix(while predicate: (Character) -> Bool) -> Substring",
                   "The leading Characters that satisfy `predicate`.") { try $0.prefix(while: $1) },
        whileSlice("func drop(while predicate: (Character) -> Bool) -> Substring",
                   "All but the leading Characters that satisfy `predicate`.") { try $0.drop(while: $1) },
    ]

    /// A member cutting the receiver's text where a predicate on its Characters first fails.
    private static func whileSlice(_ declaration: String, _ summary: String,
                                   _ take: @escaping @Sendable (String, (Character) throws -> Bool) throws -> Substring) -> StdlibMember {
        StdlibMember(declaration, summary) { site in
            let test = site.compiler.compileFunctionArgument(site.arguments[0], [.character], .bool)
            let value = site.value
            return Typed(type: .substring, code: .value { frame in
                let (text, origin) = StringIndexing.parts(try value(frame))
                guard case .function(let f) = try test(frame) else { return .none }
                let piece = try take(text) { try f.call(.string(String($0))).boolValue }
                return StringIndexing.substring(piece, origin: StringIndexing.offset(text, origin: origin, piece.startIndex))
            })
        }
    }

    private static let dropNegative = "Can't drop a negative number of elements from a collection"

    /// A member cutting the receiver's text by a count (1 when absent) that must not be negative.
    private static func slice(_ declaration: String, _ summary: String, negative: String,
                              _ take: @escaping @Sendable (String, Int) -> Substring) -> StdlibMember {
        StdlibMember(declaration, summary) { site in
            let count = site.arguments.isEmpty ? { _ in 1 } : site.compiler.intArgument(site.arguments[0])
            let value = site.value, location = site.location
            return Typed(type: .substring, code: .value { frame in
                let (text, origin) = StringIndexing.parts(try value(frame))
                let n = try count(frame)
                guard n >= 0 else { throw RuntimeError(message: negative, location: location) }
                if text.utf8.count >= LargeText.threshold { try Runtime.current?.checkDeadline(location) }
                let piece = take(text, n)
                return StringIndexing.substring(piece, origin: StringIndexing.offset(text, origin: origin, piece.startIndex))
            })
        }
    }
}
