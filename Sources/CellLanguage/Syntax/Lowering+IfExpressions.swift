import Diagnostics
import SwiftSyntax

extension Lowering {
    /// `if c { a } else if d { b } else { e }` used as a value: a conditional expression (`c ? a : (d ? b : e)`),
    /// when every branch is one expression and the conditions are Boolean expressions; other shapes stay refused.
    func lowerIfExpression(_ node: IfExprSyntax) -> Expr {
        // swiftc's mistake, at the first `if` of the chain: a value on every path needs a final `else`.
        var last = node
        while case .ifExpr(let nested)? = last.elseBody { last = nested }
        if last.elseBody == nil {
            error(.ifExpressionWithoutElse, node)
            return Expr(.invalid, at: loc(node))
        }
        // A branch that throws (`let x = if c { 1 } else { throw E.a }`): the `if` runs where it stands, in a closure.
        if hasThrowingBranches(ExprSyntax(node)) {
            return inlineValueClosure(Lowering.returningBranches(lowerIf(node)), at: loc(node))
        }
        var conditions: [Expr] = []
        for element in node.conditions {
            guard case .expression(let condition) = element.condition else {
                unsupported(.ifExpressionCondition, element)
                return Expr(.invalid, at: loc(node))
            }
            conditions.append(lowerExpr(condition))
        }
        guard let then = singleExpression(node.body.statements) else {
            unsupported(.ifExpressionBranch, node.body)
            return Expr(.invalid, at: loc(node))
        }
        let otherwise: Expr
        switch node.elseBody {
        case .ifExpr(let nested)?:
            otherwise = lowerIfExpression(nested)
        case .codeBlock(let block)?:
            guard let value = singleExpression(block.statements) else {
                unsupported(.ifExpressionBranch, block)
                return Expr(.invalid, at: loc(node))
            }
            otherwise = lowerExpr(value)
            otherwise.isBranchValue = true
        case nil:
            return Expr(.invalid, at: loc(node))  // reported above
        }
        guard var condition = conditions.first else { return Expr(.invalid, at: loc(node)) }
        for next in conditions.dropFirst() {
            condition = Expr(.binary("&&", condition, next, next.location), at: condition.location)
        }
        let thenValue = lowerExpr(then)
        thenValue.isBranchValue = true  // swiftc words a branch's mismatch as for a specified type
        return Expr(.ternary(condition, thenValue, otherwise), at: loc(node))
    }

    /// The body of a function, getter or closure that returns a value: one `if` (with an `else`) or `switch` whose
    /// every branch is one expression (or a `throw`, or another such `if` or `switch`) returns that branch's value,
    /// as in Swift 5.9 (`var name: String { switch self { case .a: "A" case .b: "B" } }`): it is lowered as the
    /// statement with `return` before each branch's expression, so the result type applies as to any `return`. Any
    /// other body is lowered as statements; so is this one when `returnsValue` is false (a `Void` body's `if`).
    func lowerValueBody(_ items: CodeBlockItemListSyntax, returnsValue: Bool) -> [Stmt] {
        guard returnsValue, items.count == 1, let item = items.first, let value = branchingValue(item) else { return lower(items) }
        let statement = value.as(IfExprSyntax.self).map(lowerIf)
            ?? value.as(SwitchExprSyntax.self).map { lowerSwitch($0, label: nil) }
        return statement.map { [Lowering.returningBranches($0)] } ?? lower(items)
    }

    /// The `if` or `switch` an item holds when every branch of it is a value (`isValueBranch`); nil otherwise.
    private func branchingValue(_ item: CodeBlockItemSyntax) -> ExprSyntax? {
        let value: ExprSyntax
        switch item.item {
        case .expr(let expr): value = expr
        case .stmt(let stmt):  // an `if` or `switch` in statement position is an expression statement
            guard let statement = stmt.as(ExpressionStmtSyntax.self) else { return nil }
            value = statement.expression
        default: return nil
        }
        if let node = value.as(IfExprSyntax.self) {
            guard isValueBranch(node.body.statements) else { return nil }
            switch node.elseBody {
            case .ifExpr(let nested)?:
                return branchingValue(CodeBlockItemSyntax(item: .expr(ExprSyntax(nested)))) == nil ? nil : value
            case .codeBlock(let block)?: return isValueBranch(block.statements) ? value : nil
            case nil: return nil
            }
        }
        if let node = value.as(SwitchExprSyntax.self) {
            let allValues = node.cases.allSatisfy { element in
                guard case .switchCase(let switchCase) = element else { return false }
                return isValueBranch(switchCase.statements)
            }
            return allValues ? value : nil
        }
        return nil
    }

    /// Whether a branch is one expression, one `throw`, or one `if` or `switch` whose branches are values.
    private func isValueBranch(_ items: CodeBlockItemListSyntax) -> Bool {
        guard items.count == 1, let item = items.first else { return false }
        if case .stmt(let stmt) = item.item, stmt.is(ThrowStmtSyntax.self) { return true }
        if case .expr(let expr) = item.item, !expr.is(IfExprSyntax.self), !expr.is(SwitchExprSyntax.self) { return true }
        return branchingValue(item) != nil
    }

    /// `stmt` (an `if` or `switch` whose branches are values) with `return` before each branch's expression, except a
    /// call of `fatalError` or `preconditionFailure`, which ends the path itself.
    static func returningBranches(_ stmt: Stmt) -> Stmt {
        func returning(_ body: [Stmt]) -> [Stmt] {
            guard body.count == 1 else { return body }
            switch body[0] {
            case .expression(let value):
                if case .call(let callee, _) = value.kind, case .name(let name) = callee.kind,
                   name == "fatalError" || name == "preconditionFailure" { return body }
                value.isBranchValue = true
                return [.returnStatement(value, value.location)]
            case .ifStatement, .switchStatement: return [returningBranches(body[0])]
            default: return body
            }
        }
        switch stmt {
        case .ifStatement(let conditions, let body, let elseBody, let location):
            return .ifStatement(conditions, returning(body), elseBody.map(returning), location)
        case .switchStatement(let label, let subject, var cases, let location):
            for index in cases.indices { cases[index].body = returning(cases[index].body) }
            return .switchStatement(label: label, subject, cases, location)
        default:
            return stmt
        }
    }

    /// Whether a written result type is `Void` (or `()`): such a body's `if` is a statement.
    static func isVoidType(_ type: TypeSyntax?) -> Bool {
        guard let type else { return true }
        return ["Void", "()", "Swift.Void"].contains(type.trimmedDescription)
    }

    private func singleExpression(_ items: CodeBlockItemListSyntax) -> ExprSyntax? {
        guard items.count == 1, let item = items.first, case .expr(let value) = item.item else { return nil }
        return value
    }

    /// Whether every branch of an `if` or `switch` expression is a value (`branchingValue`) and one of them throws.
    private func hasThrowingBranches(_ value: ExprSyntax) -> Bool {
        containsThrowBranch(value) && branchingValue(CodeBlockItemSyntax(item: .expr(value))) != nil
    }

    /// Whether an `if` or `switch` expression has a branch (at any depth of nested `if` and `switch` branches) that is
    /// one `throw`.
    private func containsThrowBranch(_ value: ExprSyntax) -> Bool {
        func branch(_ items: CodeBlockItemListSyntax) -> Bool {
            guard items.count == 1, let item = items.first else { return false }
            switch item.item {
            case .stmt(let stmt):
                if stmt.is(ThrowStmtSyntax.self) { return true }
                return stmt.as(ExpressionStmtSyntax.self).map { containsThrowBranch($0.expression) } ?? false
            case .expr(let expr): return containsThrowBranch(expr)
            default: return false
            }
        }
        if let node = value.as(IfExprSyntax.self) {
            switch node.elseBody {
            case .ifExpr(let nested)?: return branch(node.body.statements) || containsThrowBranch(ExprSyntax(nested))
            case .codeBlock(let block)?: return branch(node.body.statements) || branch(block.statements)
            case nil: return branch(node.body.statements)
            }
        }
        if let node = value.as(SwitchExprSyntax.self) {
            return node.cases.contains { element in
                guard case .switchCase(let switchCase) = element else { return false }
                return branch(switchCase.statements)
            }
        }
        return false
    }

    /// `{ statement }()`: an `if` or `switch` expression with a `throw` branch, its other branches returning their
    /// value, in a closure called at once whose errors are the enclosing body's (`ClosureLiteral.isInlineExpression`).
    private func inlineValueClosure(_ statement: Stmt, at location: SourceLocation) -> Expr {
        let literal = ClosureLiteral(parameters: [], returnType: nil, body: [statement], anonymousCount: 0,
                                     hasExplicitParameters: false)
        literal.isInlineExpression = true
        return Expr(.call(Expr(.closure(literal), at: location), []), at: location)
    }

    /// `switch` used as a value, each case one expression: a closure called at once, whose cases return their value
    /// (`{ switch v { case a: return x … } }()`); other shapes stay refused.
    func lowerSwitchExpression(_ node: SwitchExprSyntax) -> Expr {
        if hasThrowingBranches(ExprSyntax(node)) {
            return inlineValueClosure(Lowering.returningBranches(lowerSwitch(node, label: nil)), at: loc(node))
        }
        for case .switchCase(let switchCase) in node.cases where singleExpression(switchCase.statements) == nil {
            unsupported(.switchExpressionCase, switchCase)
            return Expr(.invalid, at: loc(node))
        }
        guard case .switchStatement(_, let subject, var cases, let location) = lowerSwitch(node, label: nil) else {
            return Expr(.invalid, at: loc(node))
        }
        for index in cases.indices {
            if case .expression(let value)? = cases[index].body.first {
                value.isBranchValue = true
                cases[index].body = [.returnStatement(value, value.location)]
            }
        }
        let literal = ClosureLiteral(parameters: [], returnType: nil, body: [.switchStatement(label: nil, subject, cases, location)],
                                     anonymousCount: 0, hasExplicitParameters: false)
        return Expr(.call(Expr(.closure(literal), at: loc(node)), []), at: loc(node))
    }
}
