import Diagnostics

/// Static members (other than operator functions) in an extension of a built-in type (`extension Int { static func
/// make() -> Int { 1 } }`, `extension Array { static var empty: … }`): nbrun does not find `Int.make()`, so it refuses
/// them where they are declared (`static methods in an extension of 'Int' is not supported in nbrun cells`), before
/// the declare phase drops them (`Compiler.refuseStaticMembers`); so are initializers, but for those of `Array`.
enum BuiltinExtensionStatics {
    /// The refusals of the extensions `statements` declare that `extendsBuiltin` says extend a built-in type.
    static func check(_ statements: [Stmt], extendsBuiltin: (TypeDecl) -> Bool) -> [Diagnostic] {
        statements.flatMap { statement -> [Diagnostic] in
            guard case .typeDeclaration(let decl) = statement, decl.kind == .extensionType, extendsBuiltin(decl) else { return [] }
            let methods = decl.methods.filter { $0.isStatic && !isOperator($0.name) }
                .map { CompileError.unsupported(.builtinExtensionStaticMethods, decl.name).diagnostic(at: $0.location) }
            let properties = (decl.computed.filter(\.isStatic).map(\.location) + decl.fields.filter(\.isStatic).map(\.location))
                .map { CompileError.unsupported(.builtinExtensionStaticProperties, decl.name).diagnostic(at: $0) }
            // `Compiler.declareProtocolOrExtension`: a built-in type's initializers are the library's (not `Array`'s,
            // whose extension is a template that refuses its own).
            let initializer = decl.name == "Array" ? [] : decl.initializers.prefix(1)
                .map { CompileError.unsupported(.builtinExtensionInitializer, decl.name).diagnostic(at: $0.location) }
            return methods + properties + initializer
        }
    }

    /// Whether a method's name is an operator's (`+`, `==`, a postfix operator's marked name): those are taken.
    static func isOperator(_ name: String) -> Bool {
        let symbol = name.hasPrefix(Expr.postfixOperatorPrefix) ? name.dropFirst(Expr.postfixOperatorPrefix.count) : Substring(name)
        return !(symbol.first.map { $0.isLetter || $0 == "_" } ?? true)
    }
}
