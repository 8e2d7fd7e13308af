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
struct StdlibDeclaration {
    var kind: StdlibMember.Kind = .method
    var name = ""
    var labels: [String?] = []
    var lastParameterIsFunction = false

    init(_ text: String) {
        var rest = Substring(text)
        if rest.hasPrefix("static ") {
            kind = .staticProperty
            rest = rest.dropFirst("static ".count)
        }
        if kind == .staticProperty, rest.hasPrefix("func ") {
            kind = .staticMethod
            rest = rest.dropFirst("func ".count)
        } else if rest.hasPrefix("mutating func ") {
            kind = .mutatingMethod
            rest = rest.dropFirst("mutating func ".count)
        } else if rest.hasPrefix("func ") {
            kind = .method
            rest = rest.dropFirst("func ".count)
        } else if rest.hasPrefix("var ") || rest.hasPrefix("let ") {
            if kind != .staticProperty { kind = .property }
            name = String(rest.dropFirst(4).prefix { $0 != ":" })
            return
        }
        name = String(rest.prefix { $0 != "(" && $0 != "<" })
        guard let open = rest.firstIndex(of: "(") else { return }
        let parameters = StdlibDeclaration.topLevelParameters(rest[rest.index(after: open)...])
        for parameter in parameters {
            let label = parameter.prefix { $0 != " " && $0 != ":" }
            labels.append(label == "_" ? nil : String(label))
        }
        lastParameterIsFunction = parameters.last.map { $0.contains("->") } ?? false
    }

    /// The parameters between the opening parenthesis (already consumed) and its matching closing one.
    static func topLevelParameters(_ text: Substring) -> [Substring] {
        var depth = 0, start = text.startIndex, parts: [Substring] = []
        for index in text.indices {
            switch text[index] {
            case "(", "[", "<": depth += 1
            case "]": depth -= 1
            case ">" where text[text.index(before: index)] != "-": depth -= 1  // not the arrow `->`
            case ")":
                if depth == 0 {
                    let last = text[start..<index].drop { $0 == " " }
                    if !last.isEmpty { parts.append(last) }
                    return parts
                }
                depth -= 1
            case "," where depth == 0:
                parts.append(text[start..<index].drop { $0 == " " })
                start = text.index(after: index)
            default: break
            }
        }
        return parts
    }
}

extension String {
    /// The declaration with the type placeholder `placeholder` (a whole word: `Element`, not the `Element` of
    /// `randomElement`) written as `type`.
    func replacingPlaceholder(_ placeholder: String, with type: String) -> String {
        var result = "", rest = Substring(self)
        func isIdentifier(_ c: Character?) -> Bool { c.map { $0.isLetter || $0.isNumber || $0 == "_" } ?? false }
        while let range = rest.range(of: placeholder) {
            let before = range.lowerBound == rest.startIndex ? result.last : rest[rest.index(before: range.lowerBound)]
            let after = range.upperBound == rest.endIndex ? nil : rest[range.upperBound]
            result += rest[..<range.lowerBound]
            result += isIdentifier(before) || isIdentifier(after) ? placeholder : type
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
