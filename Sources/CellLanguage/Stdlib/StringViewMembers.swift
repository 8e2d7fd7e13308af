import Diagnostics

/// `s.utf8`, `s.utf16`, `s.unicodeScalars` and their elements' type `Unicode.Scalar`.
enum StringViewMembers {
    /// The view properties of String.
    static let stringProperties: [StdlibMember] = [
        view("var utf8: String.UTF8View", "The string's UTF-8 code units (`UInt8`).", .utf8),
        view("var utf16: String.UTF16View", "The string's UTF-16 code units (`UInt16`).", .utf16),
        view("var unicodeScalars: String.UnicodeScalarView", "The string's Unicode scalars (`Unicode.Scalar`).",
             .unicodeScalars),
    ]

    static let table = StdlibTable(
        "String.UTF8View, String.UTF16View",
        about: "A String's code units, for `for`-`in`, `Array(s.utf8)` and these collection members; the view prints "
            + "as its string.",
        members: [count],
        viewed: collection,
        viewedAbout: "A view is a collection of its elements: these Array members apply to them.")

    static let scalarViewTable = StdlibTable(
        "String.UnicodeScalarView",
        about: "A String's Unicode scalars, for `for`-`in`, `Array(s.unicodeScalars)` and these collection members; "
            + "the view prints as its string, and `append` adds to it (to the string it is read from, `s.unicodeScalars`).",
        members: [count, appendScalar],
        viewed: collection,
        viewedAbout: "A view is a collection of its elements: these Array members apply to them.")

    /// A view's `count`: its code units or scalars.
    private static let count = StdlibMember("var count: Int", "The number of code units (or scalars).") { site in
        guard case .stringView(let view) = site.receiver.type else { return nil }
        let text = site.value
        return Typed(type: .int, code: .int { view.count(of: try text($0).stringValue) })
    }

    /// `s.unicodeScalars.append(c)`: the view's value is its string, so the scalar is added to the string the view is
    /// read from (`s`), or to a variable holding a view.
    private static let appendScalar = StdlibMember.mutating("mutating func append(_ c: Unicode.Scalar)",
                                                            "Adds the scalar `c` at the end.") { site in
        var owner = site.base
        if case .member(let text?, "unicodeScalars", _) = site.base.kind { owner = text }
        guard let place = site.compiler.compilePlace(owner, mutating: true, method: site.name, methodAt: site.location) else {
            return .invalid
        }
        let scalar = site.compiler.compileExpr(site.arguments[0].value, expected: .unicodeScalar)
        guard scalar.type == .unicodeScalar else {  // the checker reports it
            site.compiler.cannotGenerate(at: site.location)
            return .invalid
        }
        let value = scalar.value
        let text: (Frame) throws -> Value = { frame in
            .string(String(Character(Unicode.Scalar(UInt32(truncatingIfNeeded: try value(frame).intValue)) ?? "\u{FFFD}")))
        }
        return site.compiler.appendString(text, to: place, slot: nil, at: site.location)
    }

    static let scalarTable = StdlibTable(
        "Unicode.Scalar", about: "One Unicode scalar value, as `s.unicodeScalars` gives them; Comparable by value.",
        members: [
            StdlibMember("var value: UInt32", "The scalar's numeric value.") { site in
                Typed(type: .integer(IntegerKind(bits: 32, signed: false)), code: .value(site.value))
            },
            StdlibMember("var isASCII: Bool", "Whether the value is below 128.") { site in
                let x = site.value
                return Typed(type: .bool, code: .bool { try x($0).intValue < 128 })
            },
            StdlibMember("var description: String", "The scalar as text.", value: NumberMembers.description),
        ])

    /// The Array members a view answers on its elements.
    static let collectionNames: Set<String> = [
        "isEmpty", "first", "last", "map", "compactMap", "filter", "forEach", "reduce", "allSatisfy", "contains", "min",
        "max", "sorted",
    ]

    static let collection: [StdlibMember] = ArrayMembers.table.members
        .filter { collectionNames.contains($0.name) && ($0.kind == .method || $0.kind == .property) }
        .map { member in
            member.viewed(declaration: member.declaration, convert: { typed, _ in elements(typed) }, adjust: { result, _ in
                // `unicodeScalars.filter` gives a view back (the scalar view is a RangeReplaceableCollection).
                guard member.name == "filter", result.type == .array(.unicodeScalar) else { return result }
                let scalars = result.value
                return Typed(type: .stringView(.unicodeScalars), code: .value { frame in
                    var text = String.UnicodeScalarView()
                    for scalar in try scalars(frame).arrayValue {
                        if let value = Unicode.Scalar(UInt32(truncatingIfNeeded: scalar.intValue)) { text.append(value) }
                    }
                    return .string(String(text))
                })
            })
        }

    /// A view's value as the array of its elements.
    @Sendable static func elements(_ typed: Typed) -> Typed {
        guard case .stringView(let view) = typed.type else { return typed }
        let text = typed.value
        return Typed(type: .array(view.element), code: .value { .array(view.elements(of: try text($0).stringValue)) })
    }

    private static func view(_ declaration: String, _ summary: String, _ view: StringView) -> StdlibMember {
        StdlibMember(declaration, summary) { site in Typed(type: .stringView(view), code: .value(site.value)) }
    }
}

extension Compiler {
    /// A one-scalar string literal where a `Unicode.Scalar` is expected (`let a: Unicode.Scalar = "A"`); invalid
    /// when the literal is not one scalar (a String, whose conversion the checker reports).
    func unicodeScalarLiteral(_ parts: [StringPart], at location: SourceLocation) -> Typed? {
        var text = ""
        if parts.count == 1, case .text(let literal)? = parts.first { text = literal }
        guard text.unicodeScalars.count == 1, let scalar = text.unicodeScalars.first else {
            cannotGenerate(at: location)
            return .invalid
        }
        let value = Value.int(Int(scalar.value))
        return Typed(type: .unicodeScalar, code: .value { _ in value })
    }
}
