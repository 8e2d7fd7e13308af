import Diagnostics

/// `Int(x: 2)`, `Bool(v: b)`, `Double(y: 1.5)`: a conversion of a number or a Boolean given one labelled argument,
/// which no initializer nbrun compiles takes (the generator builds `Int(_:)`, `Double(_:)`, `Bool(_:)`,
/// `Int(_:radix:)` and `Int(exactly:)` only), in swiftc's words and at its tokens.
extension TypeChecker {
    /// A labelled argument of the type's own type (`Int(x: 2)`): swiftc matches the unlabelled initializer and reports
    /// the label, at the opening parenthesis; any other argument: `no exact matches in call to initializer`, at the
    /// call. Returns the error type after reporting; nil for every other call.
    func labelledConversionMistake(_ call: Expr, _ name: String, _ referent: Referent, _ arguments: [Argument]) -> CType? {
        guard ["Int", "Double", "Bool"].contains(name), isBuiltinName(name, referent), !extendsBuiltinInitializers(name),
              arguments.count == 1, let label = arguments[0].label, !arguments[0].isTrailingClosure,
              !(name == "Int" && label == "exactly"),  // `Int(exactly:)`: `exactIntInitializer`
              let type = CType.plainBuiltin(named: name) else { return nil }
        let found = check(arguments[0].value, expected: nil)
        if found?.hasError ?? true { return .error }
        if found == type, type != .double {
            report(.extraneousArgumentLabel(label), at: call.openingLocation ?? arguments[0].location)
        } else {
            report(.noMatchingInitializer, at: call.location)
        }
        return .error
    }
}
