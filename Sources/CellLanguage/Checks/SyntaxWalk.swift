/// Visits every statement and expression of a cell's lowered AST, in source order: the bodies of functions,
/// closures, accessors and type members included. The flow checks of `Checks/` look at the kinds they care about;
/// a walk that keeps state per body (the checker's `ThrowWalk`) follows the scopes it enters and leaves.
struct SyntaxWalk {
    /// A body or value the walk enters before its statements or expression and leaves after them.
    enum Scope {
        /// A function's, method's or initializer's body (global, local or a type's member).
        case function(FunctionDecl)
        /// An accessor's body: a computed property's or subscript's getter or setter, an observer, or a variable's
        /// accessors (a closure literal with `accessors`).
        case accessor
        /// A closure literal's body (`expr` is the literal).
        case closure(Expr, ClosureLiteral)
        /// A `do` body with the `catch` clauses that handle its errors (the clauses themselves are walked after it,
        /// outside the scope); no clauses for a plain `do`.
        case doBody([CatchClause])
        /// A `defer` body.
        case deferBody
        /// A value stored at declaration: a stored property's initial value, a parameter's default value, an enum
        /// case's raw value.
        case storedValue
    }

    /// Called on each statement before its parts.
    var statement: (Stmt) -> Void = { _ in }
    /// Called on each statement after its parts.
    var leaveStatement: (Stmt) -> Void = { _ in }
    /// Called on each expression before its subexpressions.
    var expression: (Expr) -> Void = { _ in }
    /// Called on each expression after its subexpressions.
    var leaveExpression: (Expr) -> Void = { _ in }
    /// Called on each function declared by a statement (global or local, not a type's member) before its body.
    var function: (FunctionDecl) -> Void = { _ in }
    /// Called on each statement list (a body, a block, the cell's top level) before its statements; the declarations
    /// of a multi-binding `var a = 1, b = 2` (`.block`) belong to the list around them, not to a list of their own.
    var statements: ([Stmt]) -> Void = { _ in }
    /// Called when the walk enters a scope, before what it holds.
    var enter: (Scope) -> Void = { _ in }
    /// Called when the walk leaves a scope, after what it holds.
    var leave: (Scope) -> Void = { _ in }

    /// Walks `statements` and everything inside them.
    func walk(_ statements: [Stmt]) {
        self.statements(statements)
        for statement in statements { walk(statement) }
    }

    /// Walks `body` inside `scope`.
    private func walk(_ body: [Stmt], in scope: Scope) {
        enter(scope)
        walk(body)
        leave(scope)
    }

    /// Walks the value `expr` inside a `storedValue` scope.
    private func walkStoredValue(_ expr: Expr?) {
        guard let expr else { return }
        enter(.storedValue)
        walk(expr)
        leave(.storedValue)
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
            walk(body, in: .deferBody)
        case .switchStatement(_, let subject, let cases, _):
            walk(subject)
            for clause in cases {
                for condition in clause.guards.compactMap({ $0 }) { walk(condition) }
                walk(clause.body)
            }
        case .typeDeclaration(let decl):
            walk(decl)
        case .doCatch(let body, let clauses, _):
            walk(body, in: .doBody(clauses))
            for clause in clauses {
                for condition in clause.items.compactMap(\.condition) { walk(condition) }
                walk(clause.body)
            }
        case .breakStatement, .continueStatement, .typeAlias, .invalid:
            break
        }
        leaveStatement(statement)
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
        for parameter in decl.parameters { walkStoredValue(parameter.defaultValue) }
        walk(decl.body, in: .function(decl))
    }

    private func walk(_ decl: TypeDecl) {
        for field in decl.fields + decl.observedOverrides {
            walkStoredValue(field.value)
            for accessor in [field.willSet, field.didSet].compactMap({ $0 }) { walk(accessor.body, in: .accessor) }
        }
        for property in decl.computed {
            walk(property.body, in: .accessor)
            if let setter = property.setter { walk(setter.body, in: .accessor) }
        }
        for method in decl.methods + decl.initializers { walk(method) }
        for item in decl.subscripts {
            walk(item.getter, in: .accessor)
            if let setter = item.setter { walk(setter.body, in: .accessor) }
        }
        for item in decl.cases { walkStoredValue(item.rawValue) }
        for nested in decl.nested { walk(nested) }
    }

    private func walk(_ expr: Expr) {
        expression(expr)
        if case .closure(let literal) = expr.kind { walkClosure(expr, literal) }
        expr.forEachChild { walk($0) }
        leaveExpression(expr)
    }

    /// A closure literal: its capture list's values, then its body; a variable's accessors (`accessors`): its
    /// initial value, then each accessor's body.
    private func walkClosure(_ expr: Expr, _ literal: ClosureLiteral) {
        for capture in literal.ownedCaptures { if let value = literal.ownedCaptureValues[capture.name] { walk(value) } }
        guard let accessors = literal.accessors else { return walk(literal.body, in: .closure(expr, literal)) }
        if let value = accessors.initialValue { walk(value) }
        for accessor in [accessors.setter, accessors.willSet, accessors.didSet].compactMap({ $0 }) {
            walk(accessor.body, in: .accessor)
        }
        walk(literal.body, in: .accessor)
    }
}
