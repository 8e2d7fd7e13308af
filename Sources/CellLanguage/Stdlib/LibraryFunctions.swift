/// The free functions and initializers of the standard library and Foundation whose calls the checker types by hand
/// (`TypeChecker+Builtins`), declared as Swift declares them: what a call whose labels none of them takes is
/// diagnosed against (`TypeChecker.builtinLabelMistake`), as swiftc does.
enum LibraryFunctions {
    /// The declarations, a function's as `func name(…)`, an initializer's as `Type.init(…)`. `Array` declares
    /// `init(repeating:count:)` twice (its own and `RangeReplaceableCollection`'s), which swiftc does not tell apart
    /// when the labels are wrong.
    static let declarations: [String] = [
        #"func print(_ items: Any..., separator: String = " ", terminator: String = "\n")"#,
        #"func debugPrint(_ items: Any..., separator: String = " ", terminator: String = "\n")"#,
        "String.init()",
        "String.init<T: LosslessStringConvertible>(_ value: T)",
        "String.init<Subject>(describing instance: Subject)",
        "String.init<Subject>(reflecting subject: Subject)",
        "String.init(cString nullTerminatedUTF8: UnsafePointer<CChar>)",
        "String.init(repeating repeatedValue: String, count: Int)",
        "String.init<T: BinaryInteger>(_ value: T, radix: Int = 10, uppercase: Bool = false)",
        "String.init(format: String, _ arguments: CVarArg...)",
        "String.init(format: String, arguments: [CVarArg])",
        "String.init(format: String, locale: Locale?, _ args: CVarArg...)",
        "String.init<C: Collection, Encoding: Unicode.Encoding>(decoding codeUnits: C, as sourceEncoding: Encoding.Type)",
        "Int.init()",
        "Int.init<T: BinaryInteger>(_ source: T)",
        "Int.init?<S: StringProtocol>(_ text: S, radix: Int = 10)",
        "Int.init<T: BinaryInteger>(truncatingIfNeeded source: T)",
        "Int.init(bitPattern pointer: OpaquePointer?)",
        "Int.init?<T: BinaryInteger>(exactly source: T)",
        "Int.init<T: BinaryInteger>(clamping source: T)",
        "Array.init()",
        "Array.init<S: Sequence>(_ s: S)",
        "Array.init(repeating repeatedValue: Element, count: Int)",
        "Array.init(repeating repeatedValue: Element, count: Int)",
        "Array.init(unsafeUninitializedCapacity: Int, initializingWith initializer: "
            + "(inout UnsafeMutableBufferPointer<Element>, inout Int) throws -> Void)",
    ]

    /// The declarations' signatures, by the name a call spells (`print`, `String`).
    static let table: [String: [BuiltinSignature]] = Dictionary(grouping: declarations.map(BuiltinSignature.init), by: \.name)
}

/// The argument labels of one declaration of `LibraryFunctions`.
struct BuiltinSignature {
    /// The name a call spells: the function's, or the type's for an initializer.
    let name: String
    /// The parameters' labels (nil for `_`).
    let labels: [String?]
    /// The parameters that have a default value.
    let defaults: Set<Int>
    /// The variadic parameter, if any (it takes the run of unlabelled arguments from its place).
    let variadic: Int?

    /// The signature of a declaration of `LibraryFunctions.declarations`.
    init(_ declaration: String) {
        let head = declaration.prefix { $0 != "(" && $0 != "<" }
        name = String(head.hasPrefix("func ") ? head.dropFirst("func ".count) : head.prefix { $0 != "." })
        let open = declaration.firstIndex(of: "(")!
        let parameters = StdlibDeclaration.topLevelParameters(declaration[declaration.index(after: open)...])
        labels = parameters.map { parameter in
            let label = parameter.prefix { $0 != " " && $0 != ":" }
            return label == "_" ? nil : String(label)
        }
        defaults = Set(parameters.indices.filter { parameters[$0].contains(" = ") })
        variadic = parameters.firstIndex { $0.hasSuffix("...") }
    }

    /// The parameters for `arguments`, the variadic one repeated for each unlabelled argument of its run.
    func shapes(for arguments: [Argument]) -> [ParameterShape] {
        var shapes: [ParameterShape] = []
        for (index, label) in labels.enumerated() {
            guard index == variadic else {
                shapes.append(ParameterShape(label: label, hasDefault: defaults.contains(index), isFunction: false))
                continue
            }
            let run = arguments.dropFirst(shapes.count).prefix { $0.label == nil }.count
            shapes += Array(repeating: ParameterShape(label: nil, hasDefault: false, isFunction: false), count: run)
        }
        return shapes
    }
}
