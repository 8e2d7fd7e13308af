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

    /// `String.init` (`Int.init`, `Double.init`, `Character.init`, `UnicodeScalar.init`) where a function of one argument is expected
    /// (`pieces.map(String.init)`): the closure `{ String($0) }`, so the initializer is the one a call would choose;
    /// nil for the other argument types (then refused).
    func initializerReference(_ base: Expr, _ typeName: String, _ name: String, expected: CType?) -> Typed? {
        guard name == "init", case .function(let parameters, _)? = expected, parameters.count == 1,
              Compiler.initializerReferences[typeName]?.contains(parameters[0]) == true else { return nil }
        let at = base.location
        // The closure is the compiler's (not recorded: the reference `base.init` is, as the checker types it).
        let argument = Argument(label: nil, value: synthesized(Expr(.name("$0"), at: at)), location: at)
        let call = synthesized(Expr(.call(synthesized(Expr(.name(typeName), at: at)), [argument]), at: at))
        let literal = ClosureLiteral(parameters: [], returnType: nil, body: [.expression(call)], anonymousCount: 1,
                                     hasExplicitParameters: false)
        return compileExpr(synthesized(Expr(.closure(literal), at: at)), expected: expected)
    }
}
