/// `Character`: one extended grapheme cluster (stored as a one-character String value).
enum CharacterMembers {
    static let table = StdlibTable("Character", about: "One user-perceived character (an extended grapheme cluster).",
                                   members: classification + others)

    /// The Boolean properties, each with Swift's own implementation, decided when the cell compiles.
    static let classification: [StdlibMember] = [
        property("isASCII", "Whether it is an ASCII character.") { $0.isASCII },
        property("isCased", "Whether it changes under case mapping.") { $0.isCased },
        property("isCurrencySymbol", "Whether it is a currency symbol.") { $0.isCurrencySymbol },
        property("isHexDigit", "Whether it is a hexadecimal digit.") { $0.isHexDigit },
        property("isLetter", "Whether it is a letter.") { $0.isLetter },
        property("isLowercase", "Whether it is lower case.") { $0.isLowercase },
        property("isMathSymbol", "Whether it is a mathematical symbol.") { $0.isMathSymbol },
        property("isNewline", "Whether it ends a line.") { $0.isNewline },
        property("isNumber", "Whether it represents a number.") { $0.isNumber },
        property("isPunctuation", "Whether it is punctuation.") { $0.isPunctuation },
        property("isSymbol", "Whether it is a symbol.") { $0.isSymbol },
        property("isUppercase", "Whether it is upper case.") { $0.isUppercase },
        property("isWhitespace", "Whether it is white space.") { $0.isWhitespace },
        property("isWholeNumber", "Whether it is a digit of a whole number.") { $0.isWholeNumber },
    ]

    static let others: [StdlibMember] = [
        StdlibMember("var description: String", "The character as a String (`Character` is `CustomStringConvertible`).") { site in
            Typed(type: .string, code: .value(site.value))
        },
        StdlibMember("var wholeNumberValue: Int?", "The digit's value (0 to 9), or nil.") { site in
            let value = site.value
            return Typed(type: .optional(.int), code: .value { frame in
                try value(frame).stringValue.first?.wholeNumberValue.map(Value.int) ?? .none
            })
        },
        StdlibMember("var asciiValue: UInt8?", "The ASCII code of an ASCII character (`\\r\\n` gives 10), or nil.") { site in
            let value = site.value
            return Typed(type: .optional(.integer(IntegerKind(bits: 8, signed: false))), code: .value { frame in
                try value(frame).stringValue.first?.asciiValue.map { Value.int(Int($0)) } ?? .none
            })
        },
        StdlibMember("var hexDigitValue: Int?", "The value of a hexadecimal digit (0 to 15), or nil.") { site in
            let value = site.value
            return Typed(type: .optional(.int), code: .value { frame in
                try value(frame).stringValue.first?.hexDigitValue.map(Value.int) ?? .none
            })
        },
        StdlibMember("func uppercased() -> String", "The character in upper case, as a String.") { site in
            let value = site.value
            return Typed(type: .string, code: .value { .string(try value($0).stringValue.uppercased()) })
        },
        StdlibMember("func lowercased() -> String", "The character in lower case, as a String.") { site in
            let value = site.value
            return Typed(type: .string, code: .value { .string(try value($0).stringValue.lowercased()) })
        },
    ]

    static func property(_ name: String, _ summary: String, _ test: @escaping @Sendable (Character) -> Bool) -> StdlibMember {
        StdlibMember("var \(name): Bool", summary) { site in
            let value = site.value
            return Typed(type: .bool, code: .bool { frame in
                guard let character = try value(frame).stringValue.first else { return false }
                return test(character)
            })
        }
    }
}
