import Diagnostics
import Foundation

/// `String`: its own members, and the collection methods it answers as its `[Character]`.
enum StringMembers {
    static let table = StdlibTable(
        "String", about: "A value type; `count` counts Characters (grapheme clusters), as Swift does.",
        members: properties + StringViewMembers.stringProperties + methods + StringIndexMembers.members
            + StringIndexMembers.mutating + StringRangeMembers.members + StringRangeMembers.mutating + StringSliceMembers.members,
        viewed: characterCollection,
        viewedAbout: "A String is a collection of Characters: these Array methods apply to its characters (`filter` "
            + "gives a String back, the others what the Array method gives).")

    static let properties: [StdlibMember] = [
        StdlibMember("var count: Int", "The number of Characters.") { site in
            let text = site.value, location = site.location
            return Typed(type: .int, code: .int { frame in
                let value = try text(frame).stringValue
                let count = CharacterCount.of(value)
                // Counting the Characters of a long non-ASCII text takes a while: a loop of such counts stops in time.
                if value.utf8.count >= LargeText.threshold { try Runtime.current?.checkDeadline(location) }
                return count
            })
        },
        StdlibMember("var description: String", "The string itself (`String` is `CustomStringConvertible`).") { site in
            Typed(type: .string, code: .value(site.value))
        },
        StdlibMember("var isEmpty: Bool", "Whether the string has no characters.") { site in
            let text = site.value
            return Typed(type: .bool, code: .bool { try text($0).stringValue.isEmpty })
        },
        StdlibMember("var first: Character?", "The first character, or nil when empty.") { site in
            let text = site.value
            return Typed(type: .optional(.character), code: .value { try text($0).stringValue.first.map { .string(String($0)) } ?? .none })
        },
        StdlibMember("var last: Character?", "The last character, or nil when empty.") { site in
            let text = site.value
            return Typed(type: .optional(.character), code: .value { try text($0).stringValue.last.map { .string(String($0)) } ?? .none })
        },
    ]

    static let methods: [StdlibMember] = [
        SteppedMembers.makeIterator,
        transform("func uppercased() -> String", "The string in upper case.") { text, location in
            try LargeText.mapScalars(text, at: location) { $0.uppercased() }
        },
        transform("func lowercased() -> String", "The string in lower case.") { text, location in
            try LargeText.mapScalars(text, at: location) { $0.lowercased() }
        },
        // Not in pieces (`LargeText.mapScalars`): a word cut at a piece's end would be capitalized twice.
        transform("var capitalized: String", "Each word with its first letter in upper case, the others in lower case.") {
            text, _ in text.capitalized
        },
        test("func hasPrefix(_ prefix: String) -> Bool", "Whether the string begins with `prefix`.") { $0.hasPrefix($1) },
        test("func hasSuffix(_ suffix: String) -> Bool", "Whether the string ends with `suffix`.") { $0.hasSuffix($1) },
        test("func starts(with possiblePrefix: String) -> Bool", "Whether the string begins with `possiblePrefix`.") { $0.starts(with: $1) },
        StdlibMember("func contains(_ other: String) -> Bool", "Whether `other` occurs in the string (always true for \"\").") { site in
            let other = site.stringArgument(0), text = site.value, location = site.location
            return Typed(type: .bool, code: .bool { frame in
                let value = try text(frame).stringValue, pattern = try other(frame)
                if pattern.isEmpty { return true }
                return try LargeText.contains(value, pattern, at: location) { $0.contains($1) }
            })
        },
        split,
        StringPieceMembers.splitWhere,
    ] + StringPieceMembers.splitLimited + [
        StringPieceMembers.padding,
        StringPieceMembers.lexicographicallyPrecedes,
        StdlibMember("func components(separatedBy separator: String) -> [String]",
                     "The pieces between separators, empty ones kept; `separator` may also be a character set written at the "
                        + "call (`.whitespaces`, `CharacterSet.letters.inverted`, `CharacterSet(charactersIn: \",;\")`).") { site in
            let text = site.value, location = site.location
            if CharacterSets.looksLikeSet(site.arguments[0].value) {
                guard let set = CharacterSets.set(from: site.arguments[0].value) else {
                    site.compiler.cannotGenerate(at: site.arguments[0].value.location)
                    return .invalid
                }
                return Typed(type: .array(.string), code: .value { frame in
                    let value = try text(frame).stringValue
                    try LongWork.after(count: value.utf8.count, at: location)
                    return .array(value.components(separatedBy: set).map(Value.string))
                })
            }
            let separator = site.stringArgument(0)
            return Typed(type: .array(.string), code: .value { frame in
                let value = try text(frame).stringValue
                return .array(try LargeText.components(value, separatedBy: try separator(frame), at: location))
            })
        },
        StdlibMember("func trimmingCharacters(in set: CharacterSet) -> String",
                     "Without leading and trailing characters of `set`, written at the call (`.whitespaces`, "
                        + "`.punctuationCharacters.union(.symbols)`, `CharacterSet(charactersIn: \"*\")`).") { site in
            guard let set = CharacterSets.set(from: site.arguments[0].value) else {
                site.compiler.cannotGenerate(at: site.arguments[0].value.location)
                return .invalid
            }
            let text = site.value, location = site.location
            return Typed(type: .string, code: .value { frame in
                let value = try text(frame).stringValue
                let trimmed = value.trimmingCharacters(in: set)
                try LongWork.after(count: value.utf8.count, at: location)
                return .string(trimmed)
            })
        },
        StdlibMember("func replacingOccurrences(of target: String, with replacement: String) -> String",
                     "Every occurrence of `target` replaced.") { site in
            let target = site.stringArgument(0), replacement = site.stringArgument(1), text = site.value
            let location = site.location
            return Typed(type: .string, code: .value { frame in
                let value = try text(frame).stringValue
                // Large texts keep to the cell's deadline and memory budget.
                return .string(try LargeText.replacing(value, of: try target(frame), with: try replacement(frame), at: location))
            })
        },
        .mutating("mutating func append(_ other: String)", "Adds `other` (a String or a Character) at the end.", appendText),
        .mutating("mutating func append(contentsOf other: String)", "Adds the characters of `other` at the end.",
                  appendText),
    ]

    /// `append(_:)` and `append(contentsOf:)`: a String or a Character added in place.
    @Sendable static func appendText(_ site: PlaceSite) -> Typed? {
        guard let place = site.place() else { return .invalid }
        let typed = site.compiler.compileExpr(site.arguments[0].value, expected: .string)
        if typed.type != .string && typed.type != .character {
            site.compiler.mismatch(.noMatchingInstanceMethod("append"), typed.type,
                                   at: site.location)  // swiftc: at the method's name
            return .invalid
        }
        return site.compiler.appendString(typed.value, to: place, slot: site.compiler.variableSlot(site.base))
    }

    /// `split(separator:)` of a String or a Substring: Substrings whose indices are the base string's.
    static let split = StdlibMember("func split(separator: Character) -> [Substring]",
                                    "The pieces between separators, empty pieces dropped.") { site in
        let separator = site.stringArgument(0), text = site.value, location = site.location
        return Typed(type: .array(.substring), code: .value { frame in
            let (value, origin) = StringIndexing.parts(try text(frame))
            let by = try separator(frame)
            guard by.count == 1, let character = by.first else {
                throw RuntimeError(message: "split(separator:) takes a single character", location: location)
            }
            return .array(try LargeText.split(value, origin: origin, separator: character, at: location))
        })
    }

    static func transform(_ declaration: String, _ summary: String,
                          _ apply: @escaping @Sendable (String, SourceLocation) throws -> String) -> StdlibMember {
        StdlibMember(declaration, summary) { site in
            let text = site.value, location = site.location
            return Typed(type: .string, code: .value { .string(try apply(try text($0).stringValue, location)) })
        }
    }

    static func test(_ declaration: String, _ summary: String,
                     _ apply: @escaping @Sendable (String, String) -> Bool) -> StdlibMember {
        StdlibMember(declaration, summary) { site in
            let other = site.stringArgument(0), text = site.value, location = site.location
            return Typed(type: .bool, code: .bool { frame in
                let string = try text(frame).stringValue, argument = try other(frame)
                let result = apply(string, argument)
                // Comparing a long prefix or suffix walks its Characters: check the deadline after a long one.
                try LongWork.after(count: min(string.utf8.count, argument.utf8.count) >> 4, at: location)
                return result
            })
        }
    }

    /// The Array methods a String answers on its characters.
    static let characterCollectionNames: Set<String> = [
        "map", "filter", "reduce", "forEach", "sorted", "reversed", "allSatisfy", "first", "enumerated", "compactMap",
        "min", "max", "firstIndex", "lastIndex",
    ]

    /// Methods whose `[Character]` result is a String in Swift.
    static let stringResults: Set<String> = ["filter"]

    static let characterCollection: [StdlibMember] = ArrayMembers.table.members
        .filter { characterCollectionNames.contains($0.name) && $0.kind == .method }
        .map { member in
            let keepsString = stringResults.contains(member.name)
            var declaration = member.declaration.replacingPlaceholder("Element", with: "Character")
            if keepsString { declaration = declaration.replacingOccurrences(of: "-> [Character]", with: "-> String") }
            return member.viewed(declaration: declaration, convert: { typed, location in charactersOf(typed, at: location) },
                                 adjust: { result, location in
                guard keepsString, result.type == .array(.character) else { return result }
                let code = result.value
                return Typed(type: .string, code: .value { frame in
                    .string(try ArrayMembers.joinedStrings(try code(frame).arrayValue, separator: "", at: location))
                })
            })
        }

    /// A String value seen as `[Character]`; a large text is split into Characters checking the deadline.
    @Sendable static func charactersOf(_ typed: Typed, at location: SourceLocation? = nil) -> Typed {
        let code = typed.value
        return Typed(type: .array(.character), code: .value { frame in
            let text = try code(frame).stringValue
            guard text.utf8.count >= LongWork.threshold else { return .array(text.map { .string(String($0)) }) }
            var characters: [Value] = []
            var work = LongWork(at: location)
            for character in text {
                characters.append(.string(String(character)))
                try work.step()
            }
            return .array(characters)
        })
    }
}
