import Diagnostics

extension Resolver {
    // MARK: Blocks

    /// Walks a block in its own scope; its local functions and types are visible throughout it.
    mutating func block(_ statements: [Stmt]) {
        scoped { resolver in resolver.statements(statements) }
    }

    /// Walks statements in the current scope, first declaring their functions and types (which may be used before
    /// their declaration and call each other).
    mutating func statements(_ statements: [Stmt]) {
        for statement in statements {
            switch statement {
            case .function(let decl): declare(decl.name, .function, at: decl.location)
            case .typeDeclaration(let decl):
                rememberMembers(decl)
                if decl.kind != .extensionType { declare(decl.name, .type, at: decl.location) }
            default: break
            }
        }
        for statement in statements { self.statement(statement) }
    }

    // MARK: Statements

    /// Walks one statement (at the top level, its names were declared before the walk).
    mutating func statement(_ statement: Stmt) {
        switch statement {
        case .expression(let value):
            expr(value)
        case .variable(let isLet, let pattern, let type, let value, _):
            variable(isLet: isLet, pattern, type, value)
        case .function(let decl):
            function(decl, selfKind: nil)
        case .typeDeclaration(let decl):
            typeBody(decl)
        case .ifStatement(let conditions, let thenBody, let elseBody, _):
            scoped { resolver in
                for condition in conditions { resolver.condition(condition) }
                resolver.block(thenBody)
            }
            if let elseBody { block(elseBody) }
        case .guardStatement(let conditions, let elseBody, _):
            let topLevel = isTopLevel
            for condition in conditions { self.condition(condition, declares: !topLevel) }
            block(elseBody)
        case .forIn(_, let pattern, let casePattern, let sequence, let whereClause, let body, _):
            expr(sequence)
            scoped { resolver in
                resolver.declarePattern(pattern, .constant)
                if let casePattern { resolver.casePattern(casePattern) }
                if let whereClause { resolver.expr(whereClause) }
                resolver.block(body)
            }
        case .whileLoop(_, let conditions, let body, _):
            scoped { resolver in
                for condition in conditions { resolver.condition(condition) }
                resolver.block(body)
            }
        case .repeatWhile(_, let body, let condition, _):
            block(body)
            expr(condition)
        case .returnStatement(let value, _):
            if let value { expr(value) }
        case .throwStatement(let value, _):
            expr(value)
        case .breakStatement, .continueStatement, .invalid:
            break
        case .typeAlias(_, let type, _):
            typeExpr(type)
        case .deferStatement(let body, _):
            block(body)
        case .block(let statements):
            // A multi-binding declaration (`var a = 1, b = 2`) or a wrapped variable: declares in the current scope.
            for statement in statements { self.statement(statement) }
        case .doCatch(let body, let clauses, _):
            block(body)
            for clause in clauses { catchClause(clause) }
        case .switchStatement(_, let subject, let cases, _):
            expr(subject)
            for item in cases { switchCase(item) }
        }
    }

    /// `let`/`var`: the value is resolved before the names exist (`let x = x` reads an outer `x`), except for a
    /// variable with accessors, whose accessors see it.
    private mutating func variable(isLet: Bool, _ pattern: BindingPattern, _ type: TypeExpr?, _ value: Expr?) {
        if let type { typeExpr(type) }
        let topLevel = isTopLevel
        if case .closure(let literal)? = value?.kind, let accessors = literal.accessors {
            if !topLevel { declarePattern(pattern, isLet ? .constant : .variable) }
            variableAccessors(literal, accessors, at: value!.location)
            return
        }
        if let value { expr(value) }
        if !topLevel { declarePattern(pattern, isLet ? .constant : .variable) }
    }

    /// The getter and accessors of a variable declared with accessors outside a type.
    private mutating func variableAccessors(_ literal: ClosureLiteral, _ accessors: VariableAccessors,
                                            at location: SourceLocation) {
        if let initial = accessors.initialValue { expr(initial) }
        if accessors.isComputed {
            function("get", literal, at: location) { resolver in resolver.statements(literal.body) }
        }
        for accessor in [accessors.setter, accessors.willSet, accessors.didSet].compactMap({ $0 }) {
            accessorBody(accessor, selfKind: nil)
        }
    }

    /// Declares the names a binding pattern introduces.
    mutating func declarePattern(_ pattern: BindingPattern, _ kind: DeclarationKind) {
        switch pattern {
        case .name(let name, let location): declare(name, kind, at: location)
        case .wildcard: break
        case .tuple(let items): for item in items { declarePattern(item, kind) }
        }
    }

    /// Declares the names a top-level `guard` condition introduces (before the walk).
    mutating func declareCondition(_ condition: Condition) {
        switch condition {
        case .expression: break
        case .optionalBinding(let isVar, let name, _, let location, _):
            declare(name, isVar ? .variable : .constant, at: location)
        case .pattern(let pattern, _, _): declareCasePatternNames(pattern)
        }
    }

    /// Resolves a condition and declares what it binds in the current scope (unless `declares` is false: the
    /// top-level `guard` names were declared before the walk).
    mutating func condition(_ condition: Condition, declares: Bool = true) {
        switch condition {
        case .expression(let value):
            expr(value)
        case .optionalBinding(let isVar, let name, let value, let location, _):
            if let value { expr(value) } else { use(name, at: location) }
            if declares { declare(name, isVar ? .variable : .constant, at: location) }
        case .pattern(let pattern, let value, _):
            expr(value)
            if declares { casePattern(pattern) } else { casePatternValues(pattern) }
        }
    }

    /// Resolves a `switch`/`if case` pattern's expressions and declares its bindings.
    mutating func casePattern(_ pattern: CasePattern) {
        casePatternValues(pattern)
        declareCasePatternNames(pattern)
    }

    /// Resolves the expressions and types of a case pattern (the values it compares with).
    private mutating func casePatternValues(_ pattern: CasePattern) {
        switch pattern {
        case .wildcard, .binding: break
        case .expression(let value): expr(value)
        case .tuple(let items, _): for item in items { casePatternValues(item) }
        case .enumCase(_, let items, _): for item in items ?? [] { casePatternValues(item) }
        case .cast(let inner, let type, _):
            typeExpr(type)
            if let inner { casePatternValues(inner) }
        }
    }

    /// Declares the names a case pattern binds.
    private mutating func declareCasePatternNames(_ pattern: CasePattern) {
        switch pattern {
        case .wildcard, .expression: break
        case .binding(let name, let location, let isVar): declare(name, isVar ? .variable : .constant, at: location)
        case .tuple(let items, _): for item in items { declareCasePatternNames(item) }
        case .enumCase(_, let items, _): for item in items ?? [] { declareCasePatternNames(item) }
        case .cast(let inner, _, _): if let inner { declareCasePatternNames(inner) }
        }
    }

    /// One `case` of a `switch`: its patterns' bindings are visible in its `where` clauses and body.
    private mutating func switchCase(_ item: SwitchCase) {
        scoped { resolver in
            var declared = Set<String>()
            for pattern in item.patterns {
                resolver.casePatternValues(pattern)
                // `case .a(let x), .b(let x)`: one variable bound by every pattern.
                for name in Resolver.casePatternNames(pattern) where declared.insert(name).inserted {
                    resolver.declareBinding(name, in: pattern)
                }
            }
            for guardExpr in item.guards { if let guardExpr { resolver.expr(guardExpr) } }
            resolver.block(item.body)
        }
    }

    /// Declares `name` at its position in `pattern`.
    private mutating func declareBinding(_ name: String, in pattern: CasePattern) {
        switch pattern {
        case .binding(let bound, let location, let isVar) where bound == name:
            declare(name, isVar ? .variable : .constant, at: location)
        case .tuple(let items, _), .enumCase(_, let items?, _):
            if let item = items.first(where: { Resolver.casePatternNames($0).contains(name) }) { declareBinding(name, in: item) }
        case .cast(let inner?, _, _):
            declareBinding(name, in: inner)
        default:
            break
        }
    }

    /// The names a case pattern binds, in order.
    static func casePatternNames(_ pattern: CasePattern) -> [String] {
        switch pattern {
        case .binding(let name, _, _): return [name]
        case .wildcard, .expression: return []
        case .tuple(let items, _): return items.flatMap(casePatternNames)
        case .enumCase(_, let items, _): return (items ?? []).flatMap(casePatternNames)
        case .cast(let inner, _, _): return inner.map(casePatternNames) ?? []
        }
    }

    /// One `catch` clause: its bindings (`error` for a bare `catch`) in its `where` clauses and body.
    private mutating func catchClause(_ clause: CatchClause) {
        scoped { resolver in
            var declared = Set<String>()
            for (item, _) in clause.items {
                switch item {
                case .binding(let name, let location):
                    if declared.insert(name).inserted { resolver.declare(name, .constant, at: location) }
                case .cast(let type, let name, let location):
                    resolver.typeExpr(type)
                    if let name, declared.insert(name).inserted { resolver.declare(name, .constant, at: location) }
                case .enumCase(let typeName, let pattern, let location):
                    resolver.use(typeName, at: location)
                    resolver.casePatternValues(pattern)
                    for name in Resolver.casePatternNames(pattern) where declared.insert(name).inserted {
                        resolver.declareBinding(name, in: pattern)
                    }
                }
            }
            for (_, condition) in clause.items { if let condition { resolver.expr(condition) } }
            resolver.block(clause.body)
        }
    }
}
