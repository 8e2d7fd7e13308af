/// `Bool(x)`, `Character(x)` and `UnicodeScalar(x)`, typed as `Compiler.compileInitializer` compiles them
/// (`compileBoolInitializer`, `compileCharacterInitializer`, `compileUnicodeScalarInitializer`).
extension TypeChecker {
    /// The type `name(arguments)` makes, for one of these three types, where `expected` is expected; nil when unknown.
    func scalarInitializer(_ name: String, _ arguments: [Argument], expected: CType? = nil) -> CType? {
        guard arguments.count == 1, arguments[0].label == nil else {
            uncheckedArguments(arguments)
            return nil
        }
        let argument = arguments[0].value
        switch name {
        case "Bool":
            switch check(argument, expected: .bool) {
            case .bool?: return .bool
            case .string?, .substring?: return .optional(.bool)
            default: return nil
            }
        case "Character":
            switch check(argument, expected: .character) {
            case .character?, .string?, .unicodeScalar?: return .character
            default: return nil
            }
        default:
            if case .intLiteral(let value) = argument.kind, (0...255).contains(value), !takesFailableScalarInitializer(expected) {
                check(argument, expected: .integer(IntegerKind(bits: 8, signed: false)))  // `init(_: UInt8)`
                return .unicodeScalar
            }
            switch check(argument, expected: argument.isNumericLiteral ? .int : nil) {
            case .unicodeScalar?: return .unicodeScalar
            case .integer(let kind)? where kind.bits == 8 && !kind.signed: return .unicodeScalar
            case .int?, .integer(IntegerKind(bits: 16, signed: false))?, .integer(IntegerKind(bits: 32, signed: false))?:
                return .optional(.unicodeScalar)
            default: return nil
            }
        }
    }

    /// Whether `UnicodeScalar(65)` (an integer literal) is swiftc's `init?(_: Int)` here, a `Unicode.Scalar?`, rather
    /// than its `init(_: UInt8)`: where an optional or `Any` is expected, and where nothing constrains the call (the
    /// value of an unannotated `let` or of an `if let`, an argument of `print`); elsewhere (a `Unicode.Scalar`
    /// expected, an argument of `String(_:)`, a member's base) swiftc takes the UInt8 one. The generator reads the
    /// choice from the type the checker gave the literal (`Compiler.compileUnicodeScalarInitializer`).
    private func takesFailableScalarInitializer(_ expected: CType?) -> Bool {
        if case .optional? = expected { return true }
        if compiler.isAnyContext(expected) { return true }
        guard expected == nil, let call = callBeingChecked else { return false }
        if valueContexts[call] == .contextFreeOperand { return true }
        guard let outer = enclosingCall, case .call(let callee, _) = outer.kind, case .name(let name) = callee.kind else { return false }
        return (name == "print" || name == "debugPrint") && isBuiltinName(name, resolution.referent(of: callee) ?? .unresolved)
    }

    /// `UnicodeScalar()`: swiftc's `'init()' is unavailable: use 'Unicode.Scalar(0)'` at the type's name; the error
    /// type after reporting, nil for another call.
    func unicodeScalarWithoutValue(_ callee: Expr, _ name: String, _ referent: Referent, _ arguments: [Argument]) -> CType? {
        guard name == "UnicodeScalar", arguments.isEmpty, isBuiltinName(name, referent), !extendsBuiltinInitializers(name) else {
            return nil
        }
        report(.unicodeScalarWithoutValue, at: callee.location)
        return .error
    }
}
