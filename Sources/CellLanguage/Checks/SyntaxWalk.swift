/// Visits every statement and expression of a cell's lowered AST, in source order: the bodies of functions,
/// closures, accessors and type members included. The flow checks of `Checks/` look at the kinds they care about.
struct SyntaxWalk {
    /// Called on each statement before its parts.
    var statement: (Stmt) -> Void = { _ in }
    /// Called on each expression before its subexpressions.
    var expression: (Expr) -> Void = { _ in }
    /// Called on each function declared by a statement (global or local, not a type's member) before its body.
    var function: (FunctionDecl) -> Void = { _ in }
    /// Called on each statement list (a body, a block, the cell's top level) before its statements; the declarations
    /// of a multi-binding `var a = 1, b = 2` (`.block`) belong to the list around them, not to a list of their own.
    var statements: ([Stmt]) -> Void = { _ in }

    /// Walks `statements` and everything inside them.
    func walk(_ statements: [Stmt]) {
        self.statements(statements)
        for statement in statements { walk(statement) }
    }

    private func walk(_ statement: Stmt) {
        self.statement(statement)
        switch statement {
        case .expression(let expr), .throwStatement(let expr, _):
            walk(expr)
        case .variable(_, _, _, let value, _):
            if let value { walk(value) }
        case .function(let decl):
            function(decl)
            walk(decl)
        case .ifStatement(let conditions, let then, let otherwise, _):
            walk(conditions)
            walk(then)
            if let otherwise { walk(otherwise) }
        case .guardStatement(let conditions, let body, _), .whileLoop(_, let conditions, let body, _):
            walk(conditions)
            walk(body)
        case .forIn(_, _, _, let sequence, let whereClause, let body, _):
            walk(sequence)
            if let whereClause { walk(whereClause) }
            walk(body)
        case .repeatWhile(_, let body, let condition, _):
            walk(body)
            walk(condition)
        case .returnStatement(let value, _):
            if let value { walk(value) }
        case .block(let body):
            for inner in body { walk(inner) }
        case .deferStatement(let body, _):
            walk(body)
        case .switchStatement(_, let subject, let cases, _):
            walk(subject)
            for clause in cases {
                for condition in clause.guards.compactMap({ $0 }) { walk(condition) }
                walk(clause.body)
            }
        case .typeDeclaration(let decl):
            walk(decl)
        case .doCatch(let body, let clauses, _):
            walk(body)
            for clause in clauses {
                for condition in clause.items.compactMap(\.condition) { walk(condition) }
                walk(clause.body)
            }
        case .breakStatement, .continueStatement, .typeAlias, .invalid:
            break
        }
    }

    private func walk(_ conditions: [Condition]) {
        for condition in conditions {
            switch condition {
            case .expression(let expr), .pattern(_, let expr, _): walk(expr)
            case .optionalBinding(_, _, let value, _, _): if let value { walk(value) }
            }
        }
    }

    private func walk(_ decl: FunctionDecl) {
        for parameter in decl.parameters { if let value = parameter.defaultValue { walk(value) } }
        walk(decl.body)
    }

    private func walk(_ decl: TypeDecl) {
        for field in decl.fields + decl.observedOverrides {
            if let value = field.value { walk(value) }
            for accessor in [field.willSet, field.didSet].compactMap({ $0 }) { walk(accessor.body) }
        }
        for property in decl.computed {
            walk(property.body)
            if let setter = property.setter { walk(setter.body) }
        }
        for method in decl.methods + decl.initializers { walk(method) }
        for item in decl.subscripts {
            walk(item.getter)
            if let setter = item.setter { walk(setter.body) }
        }
        for item in decl.cases { if let value = item.rawValue { walk(value) } }
        for nested in decl.nested { walk(nested) }
    }

    private func walk(_ expr: Expr) {
        expression(expr)
        if case .closure(let literal) = expr.kind {
            if let accessors = literal.accessors {
                if let value = accessors.initialValue { walk(value) }
                for accessor in [accessors.setter, accessors.willSet, accessors.didSet].compactMap({ $0 }) { walk(accessor.body) }
            }
            for capture in literal.ownedCaptures { if let value = literal.ownedCaptureValues[capture.name] { walk(value) } }
            walk(literal.body)
        }
        expr.forEachChild { walk($0) }
    }
}
