import Diagnostics

/// Closures that escape a struct's `mutating` method or initializer while capturing its `self`: swiftc's "escaping closure captures
/// mutating 'self' parameter", at the closure. A closure literal escapes when it is passed to an `@escaping` parameter
/// of a declared function the checker resolved the call to, or stored: a variable's initial value, an assignment's
/// new value, a returned value (`Compiler.escapingClosure`, `Compiler.storingClosure`). It captures `self` when the
/// resolver found a use of `self` or of an implicit member in it (`Resolution.captures(of:)`), nested closures
/// included. A struct's initializers are concerned too (their `self` is mutating); non-mutating and static methods,
/// and the methods of classes and enumerations are not.
struct EscapingSelfCaptures {
    /// The cell's names.
    let resolution: Resolution
    /// The declared function the type checker resolved a call to (nil when it did not).
    let callee: (Expr) -> FunctionInfo?
    /// Whether a type of this name is a struct (an extension's methods are its type's).
    let isStructure: (String) -> Bool

    /// The escaping closures capturing a mutating method's `self` in the types `statements` declare.
    func check(_ statements: [Stmt]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for case .typeDeclaration(let decl) in statements { check(decl, into: &diagnostics) }
        return diagnostics
    }

    private func check(_ decl: TypeDecl, into diagnostics: inout [Diagnostic]) {
        for nested in decl.nested { check(nested, into: &diagnostics) }
        guard decl.kind == .structure || (decl.kind == .extensionType && isStructure(decl.name)) else { return }
        // A struct's initializer has a mutating `self` too.
        let mutatingBodies = decl.methods.filter { $0.isMutating && !$0.isStatic && $0.name != "init" } + decl.initializers
        for method in mutatingBodies {
            guard let me = resolution.declarations.indices.first(where: {
                resolution.declarations[$0].kind == .selfValue && resolution.declarations[$0].location == method.location
            }) else { continue }
            var closures: [SourceLocation] = []
            func escapes(_ value: Expr) {
                guard case .closure(let literal) = value.kind, resolution.captures(of: literal)?.contains(me) == true,
                      !closures.contains(value.location) else { return }
                closures.append(value.location)
            }
            EscapingClosurePositions(callee: callee).walk(method.body, escapes)
            diagnostics += closures.map(CompileError.escapingClosureCapturesMutatingSelf.diagnostic(at:))
        }
    }
}
