import Diagnostics

/// The flow checks of a cell over the lowered AST, like swiftc's SIL diagnostics: a `guard` body that does not leave
/// the scope, a global or local function, a closure or a computed variable's getter that may end without returning its
/// value. The result types come from the passes before generation: the compiler's declared signatures and the
/// checker's types of closures and variables.
struct FlowChecks {
    /// The result type the compiler declared for a global or local function, and whether it is global.
    let declaredResult: (FunctionDecl) -> (type: CType, isGlobal: Bool)?
    /// The type the checker gave an expression (a closure literal), nil when it does not know it.
    let type: (Expr) -> CType?
    /// The type the checker gave the variable declared by name at a position (a computed variable), nil when unknown.
    var variableType: (String, SourceLocation) -> CType? = { _, _ in nil }

    /// The flow errors of `statements` (the cell's top-level statements and every body declared in them).
    func check(_ statements: [Stmt]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var walk = SyntaxWalk()
        walk.statement = { statement in
            if case .guardStatement(_, let body, let location) = statement, !FlowExits.alwaysExits(body) {
                diagnostics.append(CompileError.guardFallsThrough.diagnostic(at: location))
            }
            diagnostics += computedVariableReturn(statement)
        }
        walk.function = { decl in
            guard decl.resultBuilder == nil, let (type, isGlobal) = declaredResult(decl) else { return }
            diagnostics += FlowChecks.returnErrors(decl.body, type, role: isGlobal ? .globalFunction : .localFunction,
                                                   end: decl.closingBrace ?? decl.location)
        }
        walk.expression = { expr in
            guard case .closure(let literal) = expr.kind, literal.accessors == nil,
                  case .function(_, let result)? = type(expr) ?? nil else { return }
            if let error = FlowChecks.missingReturn(literal.body, result, role: .closure) {
                diagnostics.append(error.diagnostic(at: literal.closingBrace ?? expr.location))
            }
        }
        walk.walk(statements)
        return diagnostics
    }

    /// The missing return of the getter of a computed variable outside a type (`var area: Double { … }`) that may end
    /// without returning its value, at the getter's closing brace (one marked with a result builder returns its
    /// block), and its `return`s without a value; none for any other statement.
    private func computedVariableReturn(_ statement: Stmt) -> [Diagnostic] {
        guard case .variable(_, .name(let name, let location), _, let value, _) = statement,
              let (getter, accessors) = Compiler.variableAccessors(value), accessors.isComputed, accessors.resultBuilder == nil,
              let type = variableType(name, location) else { return [] }
        return FlowChecks.returnErrors(getter.body, type, role: .getter, end: getter.closingBrace ?? location)
    }

    /// The missing return of a body expected to return `type`: one that may reach its end, unless it is a single
    /// expression (its value is the result).
    static func missingReturn(_ body: [Stmt], _ type: CType, role: CompileError.FunctionRole) -> CompileError? {
        guard type != .void, !type.hasError, !FlowExits.alwaysExits(body) else { return nil }
        if body.count == 1, case .expression = body[0] { return nil }
        return .missingReturn(role, type)
    }

    /// A declared body's `return`s without a value when its declared result `type` is not `Void` (swiftc's `non-void
    /// function should return a value`, at each `return`): also in generic bodies, which the checker checks per
    /// specialization without reporting.
    static func returnErrors(_ body: [Stmt], _ type: CType, role: CompileError.FunctionRole, end: SourceLocation) -> [Diagnostic] {
        let valueless = type == .void || type.hasError ? [] : FlowExits.valuelessReturns(body)
        let missing = missingReturn(body, type, role: role).map { [$0.diagnostic(at: end)] } ?? []
        return valueless.map { CompileError.missingReturnValue.diagnostic(at: $0) } + missing
    }
}
