import Diagnostics

extension Compiler {
    /// The argument types for which swiftc picks one initializer of a built-in type named as a function
    /// (`[1.5].map(String.init)` and `["a"].map(String.init)` are ambiguous to swiftc, `Int.init` on a Substring has
    /// no match: its `radix` parameter has a default, which a function reference cannot use).
    static let initializerReferences: [String: [CType]] = [
        "String": [.substring, .character, .int, .bool, .unicodeScalar],
        "Int": [.string, .double],
        "Double": [.string, .substring, .int],
        "Character": [.unicodeScalar],
        "UnicodeScalar": [.int, .integer(IntegerKind(bits: 8, signed: false))],
    ]

    /// The result of the built-in initializer `typeName.init` named as a function of one `argument`
    /// (`String.init` on a Substring: String; `Int.init` on a String: Int?; `Array.init` on an ArraySlice<T>: [T]),
    /// as `Array(x)`, `String(x)` … called on it give; nil when swiftc picks none (see `initializerReferences`).
    static func referencedInitializerResult(_ typeName: String, _ argument: CType) -> CType? {
        if typeName == "Array" { return arrayConversionResult(argument) }
        if typeName == "String", isDescribedByReference(argument) { return .string }
        guard initializerReferences[typeName]?.contains(argument) == true else { return nil }
        switch (typeName, argument) {
        case ("String", _): return .string
        case ("Character", _): return .character
        case ("UnicodeScalar", .int): return .optional(.unicodeScalar)
        case ("UnicodeScalar", _): return .unicodeScalar
        case ("Int", .double): return .int
        case ("Int", _): return .optional(.int)
        case ("Double", .int): return .double
        default: return .optional(.double)
        }
    }

    /// Whether `String.init` on a value of `type` is `String(describing:)`, as swiftc chooses it for a collection
    /// (`[[1]].map(String.init)` prints `["[1]"]`): no unlabelled initializer of String takes one.
    static func isDescribedByReference(_ type: CType) -> Bool {
        switch type {
        case .array, .dictionary, .set: return true
        default: return false
        }
    }

    /// The array `Array(source)` makes of a `source` sequence (ranges of Ints, arrays, sets, slices, strings and their
    /// views, user sequences, unfolding sequences); nil for any other type.
    static func arrayConversionResult(_ source: CType) -> CType? {
        switch source {
        case .range, .closedRange: return .array(.int)
        case .array(let element), .set(let element), .arraySlice(let element): return .array(element)
        case .string, .substring: return .array(.character)
        case .stringView(let view): return .array(view.element)
        case .user: return userSequence(source).map { .array($0.element) }
        case .stepped(let stepped) where stepped.isSequence: return .array(stepped.element)
        default: return nil
        }
    }

    /// `String.init` (`Int.init`, `Double.init`, `Character.init`, `UnicodeScalar.init`, `Array.init`) where a function of
    /// one argument is expected (`pieces.map(String.init)`): the closure `{ String($0) }`, so the initializer is the one
    /// a call would choose; nil for the other argument types (then refused).
    func initializerReference(_ base: Expr, _ typeName: String, _ name: String, expected: CType?) -> Typed? {
        guard name == "init", case .function(let parameters, _)? = expected, parameters.count == 1,
              Compiler.referencedInitializerResult(typeName, parameters[0]) != nil else { return nil }
        let at = base.location
        // The closure is the compiler's (not recorded: the reference `base.init` is, as the checker types it).
        let label = typeName == "String" && Compiler.isDescribedByReference(parameters[0]) ? "describing" : nil
        let argument = Argument(label: label, value: synthesized(Expr(.name("$0"), at: at)), location: at)
        let call = synthesized(Expr(.call(synthesized(Expr(.name(typeName), at: at)), [argument]), at: at))
        let literal = ClosureLiteral(parameters: [], returnType: nil, body: [.expression(call)], anonymousCount: 1,
                                     hasExplicitParameters: false)
        return compileExpr(synthesized(Expr(.closure(literal), at: at)), expected: expected)
    }
}
