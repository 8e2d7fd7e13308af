import Diagnostics

/// Static members in extensions of built-in types (`extension Int { static func make() -> Int }`): `Int.make()`
/// would not find them, so they are refused where they are declared (operator functions are taken).
extension Compiler {
    /// Refuses and drops the static methods (other than operators) and static properties of `decl`.
    func refuseStaticMembers(of decl: TypeDecl) {
        let isOperator: (String) -> Bool = { name in
            let symbol = name.hasPrefix(Expr.postfixOperatorPrefix) ? name.dropFirst(Expr.postfixOperatorPrefix.count) : Substring(name)
            return !(symbol.first.map { $0.isLetter || $0 == "_" } ?? true)
        }
        for method in decl.methods where method.isStatic && !isOperator(method.name) {
            error(.notSupported("static methods in an extension of '\(decl.name)'"), at: method.location)
        }
        decl.methods.removeAll { $0.isStatic && !isOperator($0.name) }
        for computed in decl.computed where computed.isStatic {
            error(.notSupported("static properties in an extension of '\(decl.name)'"), at: computed.location)
        }
        for field in decl.fields where field.isStatic {
            error(.notSupported("static properties in an extension of '\(decl.name)'"), at: field.location)
        }
        decl.computed.removeAll(where: \.isStatic)
        decl.fields.removeAll(where: \.isStatic)
    }
}
