/// The types a standard-library member's Swift declaration (`func firstIndex(of element: Element) -> Int?`, `var
/// keys: [Key]`) gives on a receiver of a given type, its placeholders (`Element`, `Key`, `Value`, `Wrapped`)
/// replaced by the receiver's (a fixed-width integer's `Magnitude` too); a type the checker does not model (a generic
/// parameter) is nil.
struct StdlibSignature {
    /// The property's type (for `var`/`let` declarations).
    private(set) var propertyType: CType?
    /// Each parameter's type (nil where not modelled); nil when the parameter list does not parse.
    private(set) var parameterTypes: [CType?]?
    /// The result type (`Void` when none is written).
    private(set) var returnType: CType?
    /// Whether the method declares generic parameters (`map<T>`).
    private(set) var isGeneric = false
    private let placeholders: [String: CType]

    /// The signature of `declaration` on a receiver of type `receiver`.
    init(_ declaration: String, receiver: CType) {
        placeholders = Self.placeholders(of: receiver)
        // `[[1], [2]].joined()` concatenates the inner arrays (`ArrayMembers.joined`), which is not the String case.
        var joinsArrays = false
        if case .array(.array) = receiver { joinsArrays = declaration.hasPrefix("func joined(") }
        // A member whose `where` clause the receiver does not meet has no type here (the generator reports it).
        if let requirement = StdlibRequirement(declaration: declaration), !joinsArrays,
           !((placeholders[requirement.placeholder] ?? CType.plainBuiltin(named: requirement.placeholder))
             .map(requirement.holds) ?? false) { return }
        var text = Substring(StdlibRequirement.withoutClause(declaration))
        for keyword in ["static ", "mutating "] where text.hasPrefix(keyword) { text = text.dropFirst(keyword.count) }
        if text.hasPrefix("var ") || text.hasPrefix("let ") {
            guard let colon = text.firstIndex(of: ":") else { return }
            var rest = text[text.index(after: colon)...].drop { $0 == " " }
            propertyType = parse(&rest)
            return
        }
        guard text.hasPrefix("func "), let open = text.firstIndex(of: "(") else { return }
        isGeneric = text[..<open].contains("<")
        var rest = text[text.index(after: open)...]
        var parameters: [CType?] = []
        while let first = rest.first, first != ")" {
            guard let colon = rest.firstIndex(of: ":") else { return }
            rest = rest[rest.index(after: colon)...].drop { $0 == " " }
            if rest.hasPrefix("inout ") { rest = rest.dropFirst(6) }
            parameters.append(parse(&rest))
            guard skip(to: [",", ")"], &rest) else { return }
            if rest.first == "," { rest = rest.dropFirst().drop { $0 == " " } }
        }
        parameterTypes = parameters
        rest = rest.dropFirst()
        if rest.hasPrefix(" -> ") {
            rest = rest.dropFirst(4)
            returnType = parse(&rest)
            if !rest.isEmpty { returnType = nil }
        } else {
            returnType = rest.isEmpty ? .void : nil
        }
        // `xs.makeIterator()`: the collection's own iterator type (`IndexingIterator<[Int]>`, `String.Iterator`).
        if text.hasPrefix("func makeIterator()") {
            if receiver.isIteratorSequence { returnType = receiver } else {
                returnType = SteppedType.iteratedElement(of: receiver) == nil ? nil : .stepped(.iterator(receiver))
            }
        }
        // `unicodeScalars.filter` gives a view back (`StringViewMembers.collection` adjusts the Array member's result).
        if receiver == .stringView(.unicodeScalars), text.hasPrefix("func filter(") { returnType = receiver }
        // `[[1], [2]].joined()` concatenates the inner arrays (`ArrayMembers.joined`): an array, not a String.
        if case .array(.array(let inner)) = receiver, text.hasPrefix("func joined(") {
            returnType = .array(inner)
            parameterTypes = parameterTypes?.map { _ in .array(inner) }
        }
    }

    private static func placeholders(of receiver: CType) -> [String: CType] {
        switch receiver {
        case .array(let element), .set(let element), .arraySlice(let element): return ["Element": element]
        case .dictionary(let key, let value):
            return ["Key": key, "Value": value,
                    "Element": .tuple([TupleElement(label: "key", type: key), TupleElement(label: "value", type: value)])]
        case .optional(let wrapped): return ["Wrapped": wrapped]
        case .string, .substring: return ["Element": .character]
        case .stringView(let view): return ["Element": view.element]
        case .integer(let kind):  // `Int8(-3).magnitude` is a UInt8 (`IntegerMembers`)
            return ["Self": receiver, "Magnitude": .integer(IntegerKind(bits: kind.bits, signed: false))]
        case .range, .closedRange: return ["Element": .int, "Bound": .int]
        case .stepped(let stepped): return ["Element": stepped.element, "Self": receiver, "Base": .stepped(stepped.lazyBase)]
        case .partialRange(.from):  // seen as a stepped sequence (`PartialRangeMembers.lower`)
            return ["Element": .int, "Self": .stepped(.countingFrom), "Base": .stepped(.countingFrom)]
        default: return [:]
        }
    }

    /// Skips what is left of a type the parser gave up on, up to one of `stops` at nesting depth 0.
    private func skip(to stops: Set<Character>, _ text: inout Substring) -> Bool {
        var depth = 0
        var previous: Character = " "
        while let first = text.first {
            if depth == 0, stops.contains(first) { return true }
            if first == "(" || first == "[" || first == "<" { depth += 1 }
            if first == ")" || first == "]" || (first == ">" && previous != "-") { depth -= 1 }
            previous = first
            text = text.dropFirst()
        }
        return false
    }

    /// Parses one type at the start of `text` (consuming it); nil when it is not modelled.
    private func parse(_ text: inout Substring) -> CType? {
        var type: CType?
        if text.hasPrefix("[") {
            text = text.dropFirst()
            let first = parse(&text)
            if text.hasPrefix(": ") {
                text = text.dropFirst(2)
                let value = parse(&text)
                if let first, let value { type = .dictionary(first, value) }
            } else {
                type = first.map { .array($0) }
            }
            guard text.hasPrefix("]") else { return nil }
            text = text.dropFirst()
        } else if text.hasPrefix("(") {
            type = tupleOrFunction(&text)
        } else {
            let name = text.prefix { $0.isLetter || $0.isNumber || $0 == "." || $0 == "_" }
            text = text.dropFirst(name.count)
            type = named(String(name), &text)
        }
        while text.hasPrefix("?") {
            text = text.dropFirst()
            type = type.map { .optional($0) }
        }
        return type
    }

    /// A named type, with generic arguments for `Set<…>`, `Range<Int>` and `ClosedRange<Int>`.
    private func named(_ name: String, _ text: inout Substring) -> CType? {
        if text.hasPrefix("<") {
            text = text.dropFirst()
            let argument = parse(&text)
            guard text.hasPrefix(">") else { return nil }
            text = text.dropFirst()
            switch (name, argument) {
            case ("Set", let element?): return element.isHashable ? .set(element) : nil
            case ("ArraySlice", let element?): return .arraySlice(element)
            case ("Range", .int?): return .range
            case ("ClosedRange", .int?): return .closedRange
            case ("Range", .stringIndex?): return .indexRange(closed: false)
            case ("PrefixSequence", .stepped(let base)?): return .stepped(.prefix(base))
            case ("DropFirstSequence", .stepped(let base)?): return .stepped(.dropFirst(base))
            case ("LazySequence", .stepped(let base)?): return .stepped(.lazy(base))
            case ("LazyFilterSequence", .stepped(let base)?): return .stepped(.lazyFilter(base))
            default: return nil
            }
        }
        return CType.plainBuiltin(named: name) ?? placeholders[name] ?? CType.stdlibNamed(name)
    }

    /// `(A, B) -> C`, `(label: A, label: B)`, or `((key: K, value: V)) -> Bool`.
    private func tupleOrFunction(_ text: inout Substring) -> CType? {
        text = text.dropFirst()
        var elements: [TupleElement?] = []
        while let first = text.first, first != ")" {
            var label: String?
            let word = text.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
            if !word.isEmpty, text.dropFirst(word.count).hasPrefix(": ") {
                label = String(word)
                text = text.dropFirst(word.count + 2)
            }
            let type = parse(&text)
            elements.append(type.map { TupleElement(label: label, type: $0) })
            guard text.hasPrefix(",") || text.hasPrefix(")") else { return nil }
            if text.hasPrefix(",") { text = text.dropFirst().drop { $0 == " " } }
        }
        guard text.hasPrefix(")") else { return nil }
        text = text.dropFirst()
        let known = elements.compactMap { $0 }
        if text.hasPrefix(" -> ") {
            text = text.dropFirst(4)
            let result = parse(&text)
            guard known.count == elements.count, let result else { return nil }
            return .function(known.map(\.type), result)
        }
        guard known.count == elements.count else { return nil }
        if known.isEmpty { return .void }
        return known.count == 1 && known[0].label == nil ? known[0].type : .tuple(known)
    }
}

extension CType {
    /// The built-in type a plain name written in a declaration or annotation stands for (`Int`, `String.Index`), nil
    /// for any other name.
    static func plainBuiltin(named name: String) -> CType? {
        switch name {
        case "Int": return .int
        case "Double": return .double
        case "Bool": return .bool
        case "String": return .string
        case "Character": return .character
        case "Substring": return .substring
        case "Void": return .void
        case "String.Index": return .stringIndex
        case "Unicode.Scalar": return .unicodeScalar
        case "Hasher": return .hasher
        case "ObjectIdentifier": return .objectIdentifier
        default: return nil
        }
    }

    /// The range type a name written with its bound stands for (`ClosedRange<Double>`), nil for any other name; the
    /// generator (`Compiler.resolveType`) and the checker read it.
    static func rangeType(named name: String) -> CType? {
        switch name {
        case "Range<Int>": return .range
        case "ClosedRange<Int>": return .closedRange
        case "Range<Double>": return .doubleRange
        case "ClosedRange<Double>": return .doubleClosedRange
        case "Range<String.Index>": return .indexRange(closed: false)
        case "ClosedRange<String.Index>": return .indexRange(closed: true)
        default: return nil
        }
    }
}
