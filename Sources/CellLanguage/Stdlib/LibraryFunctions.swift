/// The free functions and initializers of the standard library and Foundation whose calls the checker types by hand
/// (`TypeChecker+Builtins`), declared as Swift declares them: what a call whose labels none of them takes is
/// diagnosed against (`TypeChecker.builtinLabelMistake`), as swiftc does.
enum LibraryFunctions {
    /// The declarations, a function's as `func name(…)`, an initializer's as `Type.init(…)`. `Array` declares
    /// `init(repeating:count:)` twice (its own and `RangeReplaceableCollection`'s), which swiftc does not tell apart
    /// when the labels are wrong.
    static let declarations: [String] = [
        printDeclaration,
        debugPrintDeclaration,
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
        "Int.init?<T: BinaryFloatingPoint>(exactly source: T)",
        "Int.init<T: BinaryInteger>(clamping source: T)",
        "Array.init()",
        "Array.init<S: Sequence>(_ s: S)",
        "Array.init(repeating repeatedValue: Element, count: Int)",
        "Array.init(repeating repeatedValue: Element, count: Int)",
        "Array.init(unsafeUninitializedCapacity: Int, initializingWith initializer: "
            + "(inout UnsafeMutableBufferPointer<Element>, inout Int) throws -> Void)",
    ]

    /// `print`, as Swift declares it.
    static let printDeclaration = #"func print(_ items: Any..., separator: String = " ", terminator: String = "\n")"#
    /// `debugPrint`, as Swift declares it.
    static let debugPrintDeclaration = #"func debugPrint(_ items: Any..., separator: String = " ", terminator: String = "\n")"#

    /// The free functions cells may call, as Swift declares them, each with one sentence for the reference
    /// (`StdlibReference`), then the C library's math functions (`Compiler.unaryMathFunctions`,
    /// `binaryMathFunctions`). `StdlibReferenceTests` checks that they are exactly `Compiler.builtinFunctionNames`.
    static let reference: [(declaration: String, summary: String)] = libraryFunctions + mathFunctions

    /// The standard library's free functions cells may call, for `reference`.
    private static let libraryFunctions: [(declaration: String, summary: String)] = [
        (printDeclaration, "Writes the items' descriptions to the cell's output, as Swift formats them."),
        (debugPrintDeclaration, "Writes each item as it shows inside a collection (`\"a\"`, `main.Point(x: 1.0)`)."),
        ("func abs<T: Comparable & SignedNumeric>(_ x: T) -> T", "The magnitude of an Int or a Double."),
        ("func min<T: Comparable>(_ x: T, _ y: T) -> T", "The smaller of two comparable values."),
        ("func min<T: Comparable>(_ x: T, _ y: T, _ z: T, _ rest: T...) -> T", "The smallest of the values."),
        ("func max<T: Comparable>(_ x: T, _ y: T) -> T", "The greater of two comparable values."),
        ("func max<T: Comparable>(_ x: T, _ y: T, _ z: T, _ rest: T...) -> T", "The greatest of the values."),
        ("func stride<T: Strideable>(from start: T, to end: T, by stride: T.Stride) -> StrideTo<T>",
         "The values from `start` up to `end` (excluded) in steps of `stride`, Ints or Doubles."),
        ("func stride<T: Strideable>(from start: T, through end: T, by stride: T.Stride) -> StrideThrough<T>",
         "The values from `start` up to `end` (included) in steps of `stride`, Ints or Doubles."),
        ("func zip<Sequence1: Sequence, Sequence2: Sequence>(_ sequence1: Sequence1, _ sequence2: Sequence2) -> "
            + "Zip2Sequence<Sequence1, Sequence2>", "The pairs of the two sequences' elements, as long as the shorter."),
        ("func swap<T>(_ a: inout T, _ b: inout T)", "Exchanges the values of two places of the same type."),
        ("func sequence<T>(first: T?, next: @escaping (T) -> T?) -> UnfoldFirstSequence<T>",
         "`first`, then `next` of the previous element, until it gives nil."),
        ("func sequence<T, State>(state: State, next: @escaping (inout State) -> T?) -> UnfoldSequence<T, State>",
         "The elements `next` gives while it updates `state`, until it gives nil."),
        ("func fatalError(_ message: @autoclosure () -> String = String(), file: StaticString = #file, line: UInt = #line) -> Never",
         "Stops the cell with a runtime error."),
        ("func precondition(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String = String(), "
            + "file: StaticString = #file, line: UInt = #line)", "Stops the cell with a runtime error when `condition` is false."),
        ("func preconditionFailure(_ message: @autoclosure () -> String = String(), file: StaticString = #file, "
            + "line: UInt = #line) -> Never", "Stops the cell with a runtime error."),
        ("func assert(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String = String(), "
            + "file: StaticString = #file, line: UInt = #line)", "Stops the cell with a runtime error when `condition` is false."),
        ("func assertionFailure(_ message: @autoclosure () -> String = String(), file: StaticString = #file, line: UInt = #line)",
         "Stops the cell with a runtime error."),
    ]

    /// The C library's math functions, for `reference`: one Double argument, then two.
    private static var mathFunctions: [(declaration: String, summary: String)] {
        let unary = Compiler.unaryMathFunctions.keys.sorted().map { name -> (declaration: String, summary: String) in
            ("func \(name)(_ x: Double) -> Double", "The C library's `\(name)`.")
        }
        let binary = Compiler.binaryMathFunctions.keys.sorted().map { name -> (declaration: String, summary: String) in
            ("func \(name)(_ x: Double, _ y: Double) -> Double", "The C library's `\(name)`.")
        }
        return unary + binary
    }

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

    /// The signature of a declaration of `LibraryFunctions.declarations` (read as ASCII bytes, as `StdlibDeclaration`).
    init(_ declaration: String) {
        let bytes = Array(declaration.utf8)
        var head = bytes.prefix { $0 != UInt8(ascii: "(") && $0 != UInt8(ascii: "<") }
        if head.starts(with: "func ".utf8) { head = head.dropFirst("func ".utf8.count) } else { head = head.prefix { $0 != UInt8(ascii: ".") } }
        name = String(decoding: head, as: UTF8.self)
        let open = bytes.firstIndex(of: UInt8(ascii: "("))!
        let parameters = StdlibDeclaration.parameterRanges(bytes, from: open + 1).map { bytes[$0] }
        labels = parameters.map { parameter in
            let label = parameter.prefix { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: ":") }
            return label.elementsEqual("_".utf8) ? nil : String(decoding: label, as: UTF8.self)
        }
        let equals = Array(" = ".utf8)
        defaults = Set(parameters.indices.filter { index in
            parameters[index].indices.contains { parameters[index][$0...].starts(with: equals) }
        })
        variadic = parameters.firstIndex { $0.reversed().starts(with: "...".utf8) }
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
