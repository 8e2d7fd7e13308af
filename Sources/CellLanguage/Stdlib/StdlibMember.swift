import Diagnostics

/// One member of a built-in type, declared once: the compiler dispatches on it, did-you-mean suggests from it and
/// `docs/language.md` lists it.
struct StdlibMember: Sendable {
    /// How a member is reached.
    enum Kind: String, Sendable {
        case property, method, mutatingMethod, staticProperty, staticMethod
    }

    /// How a member is compiled: on the receiver's value, or on the receiver as a place it mutates.
    enum Implementation: Sendable {
        case value(@Sendable (ValueSite) -> Typed?)
        case inPlace(@Sendable (PlaceSite) -> Typed?)
    }

    let kind: Kind
    let name: String
    /// The argument labels, in order (nil for `_`); empty for properties.
    let labels: [String?]
    /// Whether the last parameter takes a closure (so a trailing closure may stand for it).
    let takesTrailingClosure: Bool
    /// The declaration as Swift writes it: `func map<T>(_ transform: (Element) -> T) -> [T]`.
    let declaration: String
    /// One sentence for the reference.
    let summary: String
    let implementation: Implementation

    /// A member from its Swift declaration (`var count: Int`, `func sorted(by areInIncreasingOrder: …) -> [Element]`,
    /// `mutating func append(_ newElement: Element)`, `static var pi: Double`); labels come from the declaration.
    init(_ declaration: String, _ summary: String, value compile: @escaping @Sendable (ValueSite) -> Typed?) {
        self.init(declaration, summary, .value(compile))
    }

    /// A mutating member from its Swift declaration; the receiver is compiled as a place.
    static func mutating(_ declaration: String, _ summary: String,
                         _ compile: @escaping @Sendable (PlaceSite) -> Typed?) -> StdlibMember {
        StdlibMember(declaration, summary, .inPlace(compile))
    }

    init(_ declaration: String, _ summary: String, _ implementation: Implementation) {
        let parsed = StdlibDeclaration(declaration)
        self.kind = parsed.kind
        self.name = parsed.name
        self.labels = parsed.labels
        self.takesTrailingClosure = parsed.lastParameterIsFunction
        self.declaration = declaration
        self.summary = summary
        self.implementation = implementation
    }

    /// The member's name as a reference lists it: `count`, `map(_:)`, `replacingOccurrences(of:with:)`.
    var signatureName: String {
        guard kind == .method || kind == .mutatingMethod || kind == .staticMethod else { return name }
        return name + "(" + labels.map { ($0 ?? "_") + ":" }.joined() + ")"
    }

    /// Whether `arguments` fit this member's labels; a trailing closure may stand for a last closure parameter
    /// whatever its label (`xs.sorted { … }` is `sorted(by:)`). A trailing closure given for a parameter that is not
    /// declared as a closure (`makers.append { 1 }`, an array of closures) fits only when `closureAsValue`.
    func accepts(_ arguments: [Argument], closureAsValue: Bool = false) -> Bool {
        guard arguments.count == labels.count else { return false }
        if let last = arguments.last, last.isTrailingClosure, !takesTrailingClosure, !closureAsValue { return false }
        for (index, argument) in arguments.enumerated() where argument.label != labels[index] {
            let isLast = index == arguments.count - 1
            guard isLast, argument.isTrailingClosure, argument.label == nil, takesTrailingClosure else { return false }
        }
        return true
    }

    /// The one declaration among `candidates` (of the same name, none taking `arguments`) that a call's mistake is
    /// diagnosed against, as swiftc picks it: the only one, or the only one whose labels begin with the arguments'
    /// (`xs.insert(1)` is `insert(_:at:)` missing `at:`, not `insert(contentsOf:at:)`); nil when none or several
    /// are (then `no exact matches in call to instance method`, as swiftc says for `xs.insert(5, 2)`).
    static func closestCandidate(_ candidates: [StdlibMember], to arguments: [Argument]) -> StdlibMember? {
        if candidates.count == 1 { return candidates[0] }
        let written = arguments.map(\.label)
        let fitting = candidates.filter { $0.labels.count > written.count && Array($0.labels.prefix(written.count)) == written }
        return fitting.count == 1 ? fitting[0] : nil
    }

    /// The same member reached through another type (`String` answering `map` as its `[Character]`): `convert`
    /// turns the receiver into the type this member was declared on, `adjust` maps the result back.
    func viewed(declaration: String, convert: @escaping @Sendable (Typed, SourceLocation) -> Typed,
                adjust: @escaping @Sendable (Typed, SourceLocation) -> Typed = { typed, _ in typed }) -> StdlibMember {
        guard case .value(let compile) = implementation else { return self }
        return StdlibMember(declaration, summary, value: { site in
            compile(site.withReceiver(convert(site.receiver, site.location))).map { adjust($0, site.location) }
        })
    }
}

/// The parts of a member declaration the compiler needs: kind, name, labels, whether the last parameter is a closure.
///
/// The tables declare about a thousand members, all parsed when a cell first needs the tables: the declaration is
/// read as ASCII bytes (Swift's `Character` walk cost a few milliseconds per run).
struct StdlibDeclaration {
    var kind: StdlibMember.Kind = .method
    var name = ""
    var labels: [String?] = []
    var lastParameterIsFunction = false

    init(_ text: String) {
        let bytes = Array(text.utf8)
        var position = 0
        func skip(_ word: StaticString) -> Bool {
            let count = word.utf8CodeUnitCount
            guard bytes.count - position >= count,
                  UnsafeBufferPointer(start: word.utf8Start, count: count).elementsEqual(bytes[position..<position + count]) else { return false }
            position += count
            return true
        }
        if skip("static ") { kind = .staticProperty }
        if kind == .staticProperty, skip("func ") {
            kind = .staticMethod
        } else if skip("mutating func ") {
            kind = .mutatingMethod
        } else if skip("func ") {
            kind = .method
        } else if skip("var ") || skip("let ") {
            if kind != .staticProperty { kind = .property }
            name = StdlibDeclaration.text(bytes[position...].prefix { $0 != UInt8(ascii: ":") })
            return
        }
        name = StdlibDeclaration.text(bytes[position...].prefix { $0 != UInt8(ascii: "(") && $0 != UInt8(ascii: "<") })
        guard let open = bytes[position...].firstIndex(of: UInt8(ascii: "(")) else { return }
        let parameters = StdlibDeclaration.parameterRanges(bytes, from: open + 1)
        for parameter in parameters {
            let label = bytes[parameter].prefix { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: ":") }
            labels.append(label.elementsEqual("_".utf8) ? nil : StdlibDeclaration.text(label))
        }
        lastParameterIsFunction = parameters.last.map { range in
            bytes[range].indices.contains { $0 + 1 < range.upperBound && bytes[$0] == UInt8(ascii: "-") && bytes[$0 + 1] == UInt8(ascii: ">") }
        } ?? false
    }

    /// The ranges of the parameters (without leading spaces) in `bytes` from `start` (just after an opening
    /// parenthesis) to its matching closing one.
    static func parameterRanges(_ bytes: [UInt8], from start: Int) -> [Range<Int>] {
        var depth = 0, first = start, parts: [Range<Int>] = []
        func part(_ end: Int) -> Range<Int> {
            var lower = first
            while lower < end && bytes[lower] == UInt8(ascii: " ") { lower += 1 }
            return lower..<end
        }
        var index = start
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "<"): depth += 1
            case UInt8(ascii: "]"): depth -= 1
            case UInt8(ascii: ">") where index == 0 || bytes[index - 1] != UInt8(ascii: "-"): depth -= 1  // not the arrow `->`
            case UInt8(ascii: ")"):
                if depth == 0 {
                    let last = part(index)
                    if !last.isEmpty { parts.append(last) }
                    return parts
                }
                depth -= 1
            case UInt8(ascii: ",") where depth == 0:
                parts.append(part(index))
                first = index + 1
            default: break
            }
            index += 1
        }
        return parts
    }

    /// The bytes as a String.
    private static func text<Bytes: Collection>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        String(decoding: bytes, as: UTF8.self)
    }
}

extension String {
    /// The declaration with the type placeholder `placeholder` (a whole word: `Element`, not the `Element` of
    /// `randomElement`) written as `type`.
    func replacingPlaceholder(_ placeholder: String, with type: String) -> String {
        let bytes = Array(utf8), word = Array(placeholder.utf8)
        func isIdentifier(_ at: Int) -> Bool {
            guard at >= 0 && at < bytes.count else { return false }
            let c = bytes[at]
            return c == UInt8(ascii: "_") || (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A) || c >= 0x80
        }
        var result: [UInt8] = [], index = 0
        result.reserveCapacity(bytes.count)
        while index < bytes.count {
            if bytes[index] == word[0], index + word.count <= bytes.count, bytes[index..<index + word.count].elementsEqual(word),
               !isIdentifier(index - 1), !isIdentifier(index + word.count) {
                result += type.utf8
                index += word.count
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
