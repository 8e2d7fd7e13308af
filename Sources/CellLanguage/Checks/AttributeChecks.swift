import Diagnostics

/// Property-wrapper attributes swiftc refuses, at the attribute's name: a declared type that is no
/// `@propertyWrapper` (`struct 'E8' cannot be used as an attribute`), and any wrapper in top-level code (`property
/// wrappers are not yet supported in top-level code`; an attribute naming no declared type there is refused); and a
/// `@propertyWrapper` type without a `wrappedValue`, at its name. Lowering
/// marks the wrapper's construction (`Lowering+PropertyWrappers`); the generator compiles nothing for it.
struct AttributeChecks {
    /// What the compiler declared (types by name).
    let declarations: Declarations

    /// The attribute errors of `statements` and of every body and member inside them.
    func check(_ statements: [Stmt]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var walk = SyntaxWalk()
        walk.expression = { expr in
            guard case .call(let callee, _) = expr.kind, case .name(let name) = callee.kind else { return }
            let type = declarations.userTypes[name]
            if callee.isWrapperAttribute, let type, !type.isPropertyWrapper {
                diagnostics.append(CompileError.notAnAttribute(name, kind: type.declarationKeyword).diagnostic(at: callee.location))
            } else if callee.isTopLevelWrapper {
                let error: CompileError = type == nil ? .unsupported(.attribute) : .topLevelPropertyWrapper
                diagnostics.append(error.diagnostic(at: callee.location))
            }
        }
        walk.statement = { statement in
            if case .typeDeclaration(let decl) = statement, let missing = Self.wrapperWithoutWrappedValue(decl) {
                diagnostics.append(missing)
            }
        }
        walk.walk(statements)
        return diagnostics
    }

    /// `@propertyWrapper struct W` without an instance property `wrappedValue`: swiftc's `property wrapper type 'W'
    /// does not contain a non-static property named 'wrappedValue'`, at the type's name.
    private static func wrapperWithoutWrappedValue(_ decl: TypeDecl) -> Diagnostic? {
        guard decl.isPropertyWrapper, decl.kind != .extensionType, decl.kind != .protocolType,
              !decl.fields.contains(where: { $0.name == "wrappedValue" && !$0.isStatic }),
              !decl.computed.contains(where: { $0.name == "wrappedValue" && !$0.isStatic }) else { return nil }
        return CompileError.wrapperWithoutWrappedValue(decl.name).diagnostic(at: decl.location)
    }
}

extension UserType {
    /// The keyword a declared type is declared with, as swiftc names it in messages (`struct 'E8' cannot be used as an
    /// attribute`).
    var declarationKeyword: String {
        kind == .classType ? "class" : kind == .enumeration ? "enum" : "struct"
    }
}
