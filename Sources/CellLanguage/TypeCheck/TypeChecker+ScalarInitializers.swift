/// `Bool(x)`, `Character(x)` and `UnicodeScalar(x)`, typed as `Compiler.compileInitializer` compiles them
/// (`compileBoolInitializer`, `compileCharacterInitializer`, `compileUnicodeScalarInitializer`).
extension TypeChecker {
    /// The type `name(arguments)` makes, for one of these three types; nil when unknown.
    func scalarInitializer(_ name: String, _ arguments: [Argument]) -> CType? {
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
            if case .intLiteral(let value) = argument.kind, (0...255).contains(value) { return .unicodeScalar }
            switch check(argument, expected: argument.isNumericLiteral ? .int : nil) {
            case .unicodeScalar?: return .unicodeScalar
            case .integer(let kind)? where kind.bits == 8 && !kind.signed: return .unicodeScalar
            case .int?, .integer(IntegerKind(bits: 16, signed: false))?, .integer(IntegerKind(bits: 32, signed: false))?:
                return .optional(.unicodeScalar)
            default: return nil
            }
        }
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
