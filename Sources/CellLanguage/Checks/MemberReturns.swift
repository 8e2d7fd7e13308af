import Diagnostics

/// Missing returns in the member bodies a cell declares (methods, computed getters, subscript getters), like the flow
/// checks' of functions and closures (`FlowChecks`), at the body's closing brace. The results are the declare phase's
/// (`Declarations`). A generic type's or protocol extension's members are compiled from copies sharing the
/// original's nodes, once per specialization: each body is checked once, on the original declaration, with the
/// result its placeholder check declared (`Declarations.checkedCopies`, `checkedGenericMembers`: `T`, not `Int`).
struct MemberReturns {
    /// What the compiler declared for the cell.
    let declarations: Declarations

    /// The missing returns of the members of the types `statements` declare.
    func check(_ statements: [Stmt]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for statement in statements {
            if case .typeDeclaration(let decl) = statement { check(decl, into: &diagnostics) }
        }
        return diagnostics
    }

    private func check(_ written: TypeDecl, into diagnostics: inout [Diagnostic]) {
        for nested in written.nested { check(nested, into: &diagnostics) }
        let decl = declarations.checkedCopies[written] ?? written
        guard written.kind != .protocolType, let type = declarations.typeInfos[decl] else { return }
        func report(_ body: [Stmt], _ result: CType?, _ role: CompileError.FunctionRole, at end: SourceLocation) {
            guard let result else { return }
            diagnostics += FlowChecks.returnErrors(body, result, role: role, end: end)
        }
        for method in written.methods where method.resultBuilder == nil {
            report(method.body, signature(of: method, in: decl)?.returnType, method.isStatic ? .staticMethod : .instanceMethod,
                   at: method.closingBrace ?? method.location)
        }
        for computed in written.computed where computed.resultBuilder == nil {
            let getter = computed.isStatic ? type.staticComputed[computed.name] : type.computed[computed.name]
            report(computed.body, getter.flatMap { $0.location == computed.location ? $0.returnType : nil }, .getter,
                   at: computed.closingBrace ?? computed.location)
        }
        for item in written.subscripts {
            let getters = (item.isStatic ? type.staticSubscripts : type.subscripts).map(\.getter)
            let getter = item.genericParameters.isEmpty ? getters.first { $0.location == item.location }
                : declarations.checkedGenericMembers[item.location].flatMap { declarations.functionInfos[$0] }
            report(item.getter, getter?.returnType, .getter, at: item.closingBrace ?? item.location)
        }
    }

    /// The signature the declare phase gave `method` of `written` (through `decl`, its checked copy when it has one).
    private func signature(of method: FunctionDecl, in decl: TypeDecl) -> FunctionInfo? {
        if !method.genericParameters.isEmpty {
            return declarations.checkedGenericMembers[method.location].flatMap { declarations.functionInfos[$0] }
        }
        let declared = decl.methods.first { $0 === method } ?? decl.methods.first { $0.location == method.location && $0.name == method.name }
        return declared.flatMap { declarations.functionInfos[$0] }
    }
}
