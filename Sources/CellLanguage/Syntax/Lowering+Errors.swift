import Diagnostics
import SwiftSyntax

extension Lowering {
    /// Lowers `do { … } catch … { … }`.
    func lowerDoCatch(_ node: DoStmtSyntax) -> Stmt {
        // `do throws(E) { … } catch { … }`: the body's errors are `E`s, and so is the bare `catch`'s `error`.
        let thrownType = node.throwsClause.flatMap { $0.type.flatMap(typedThrowsType) }
        var clauses: [CatchClause] = []
        for clause in node.catchClauses {
            var items: [(item: CatchClause.Item, condition: Expr?)] = []
            if clause.catchItems.isEmpty {
                items.append((.binding("error", loc(clause.catchKeyword)), nil))
            }
            for element in clause.catchItems {
                guard let pattern = element.pattern else {
                    items.append((.binding("error", loc(element)), element.whereClause.map { lowerExpr($0.condition) }))
                    continue
                }
                guard let item = catchItem(pattern, binding: false, typed: thrownType) else {
                    unsupported(.catchPattern, pattern)
                    continue
                }
                items.append((item, element.whereClause.map { lowerExpr($0.condition) }))
            }
            clauses.append(CatchClause(items: items, body: lowerBlock(clause.body), location: loc(clause.catchKeyword),
                                       thrownType: thrownType))
        }
        return .doCatch(lowerBlock(node.body), clauses, loc(node))
    }

    /// One pattern of a `catch` clause, or nil when it has a shape nbrun does not support (`typed`: the `E` of a
    /// `do throws(E)`, the type of a case written without it, `catch .noRatings`).
    private func catchItem(_ pattern: PatternSyntax, binding: Bool, typed: TypeExpr? = nil) -> CatchClause.Item? {
        if let node = pattern.as(IsTypePatternSyntax.self) {
            return .cast(lowerType(node.type), name: nil, loc(node))
        }
        if let node = pattern.as(ValueBindingPatternSyntax.self) {
            return catchItem(node.pattern, binding: true, typed: typed)
        }
        if binding, let node = pattern.as(IdentifierPatternSyntax.self) {
            return .binding(node.identifier.text, loc(node))
        }
        if let node = pattern.as(ExpressionPatternSyntax.self) {
            return catchItem(node.expression, binding: binding, typed: typed)
        }
        return nil
    }

    private func catchItem(_ expr: ExprSyntax, binding: Bool, typed: TypeExpr? = nil) -> CatchClause.Item? {
        if let node = expr.as(PatternExprSyntax.self) {
            return catchItem(node.pattern, binding: binding, typed: typed)
        }
        if case .named(let typeName, _)? = typed, let item = implicitCaseItem(expr, typeName: typeName, binding: binding) {
            return item
        }
        if binding, let node = expr.as(DeclReferenceExprSyntax.self) {
            return .binding(node.baseName.text, loc(node))
        }
        if let sequence = expr.as(SequenceExprSyntax.self), sequence.elements.count == 3 {
            let elements = Array(sequence.elements)
            if let cast = elements[1].as(UnresolvedAsExprSyntax.self), cast.questionOrExclamationMark == nil,
               let type = elements[2].as(TypeExprSyntax.self) {
                return castItem(elements[0], type.type, binding: binding)
            }
        }
        if let node = expr.as(AsExprSyntax.self), node.questionOrExclamationMark == nil {
            return castItem(node.expression, node.type, binding: binding)
        }
        if let member = expr.as(MemberAccessExprSyntax.self), let base = member.base?.as(DeclReferenceExprSyntax.self) {
            return .enumCase(typeName: base.baseName.text, .enumCase(member.declName.baseName.text, nil, loc(member.declName)),
                             loc(base))
        }
        if let call = expr.as(FunctionCallExprSyntax.self), let member = call.calledExpression.as(MemberAccessExprSyntax.self),
           let base = member.base?.as(DeclReferenceExprSyntax.self) {
            let payload = call.arguments.map { lowerCasePatternExpression($0.expression, binding: binding) }
            if let parenthesis = call.leftParen { reportedTokens[loc(member.declName)] = loc(parenthesis) }
            return .enumCase(typeName: base.baseName.text, .enumCase(member.declName.baseName.text, payload, loc(member.declName)),
                             loc(base))
        }
        return nil
    }

    /// `catch .someCase` or `catch .someCase(let x)` in a `do throws(E)`: the case of `E` (`typeName`).
    private func implicitCaseItem(_ expr: ExprSyntax, typeName: String, binding: Bool) -> CatchClause.Item? {
        if let member = expr.as(MemberAccessExprSyntax.self), member.base == nil {
            return .enumCase(typeName: typeName, .enumCase(member.declName.baseName.text, nil, loc(member.declName)), loc(member))
        }
        if let call = expr.as(FunctionCallExprSyntax.self), let member = call.calledExpression.as(MemberAccessExprSyntax.self),
           member.base == nil {
            let payload = call.arguments.map { lowerCasePatternExpression($0.expression, binding: binding) }
            if let parenthesis = call.leftParen { reportedTokens[loc(member.declName)] = loc(parenthesis) }
            return .enumCase(typeName: typeName, .enumCase(member.declName.baseName.text, payload, loc(member.declName)),
                             loc(member))
        }
        return nil
    }

    /// `let e as T`: a name (or `_`) bound to the error when it is a `T`.
    private func castItem(_ subject: ExprSyntax, _ type: TypeSyntax, binding: Bool) -> CatchClause.Item? {
        var subjectPattern: PatternSyntax?
        if let node = subject.as(PatternExprSyntax.self) { subjectPattern = node.pattern }
        if subject.is(DiscardAssignmentExprSyntax.self) || subjectPattern?.is(WildcardPatternSyntax.self) == true {
            return .cast(lowerType(type), name: nil, loc(type))
        }
        if let identifier = subjectPattern?.as(IdentifierPatternSyntax.self) {
            return .cast(lowerType(type), name: identifier.identifier.text, loc(identifier))
        }
        if binding, let reference = subject.as(DeclReferenceExprSyntax.self) {
            return .cast(lowerType(type), name: reference.baseName.text, loc(reference))
        }
        return nil
    }

    /// Lowers `try e`, `try? e` and `try! e` (at the `try` keyword, where swiftc reports unhandled errors).
    func lowerTry(_ node: TryExprSyntax) -> Expr {
        Expr(.tryExpr(lowerExpr(node.expression), tryKind(of: node)), at: loc(node.tryKeyword))
    }

    func tryKind(of node: TryExprSyntax) -> TryKind {
        switch node.questionOrExclamationMark?.text {
        case "?": return .optional
        case "!": return .forced
        default: return .plain
        }
    }

    /// Whether a function's effects are `throws`, `rethrows` or `throws(E)` (`throws(Never)` does not throw);
    /// reports `async`.
    func isThrowing(_ effects: FunctionEffectSpecifiersSyntax?) -> Bool {
        guard let effects else { return false }
        if let token = effects.asyncSpecifier { unsupported(.effectAsync, token.text, token) }
        guard let clause = effects.throwsClause else { return false }
        if !["throws", "rethrows"].contains(clause.throwsSpecifier.text) {
            unsupported(.throwsSpecifier, clause.throwsSpecifier.text, clause)
            return false
        }
        return clause.type.map { !Lowering.isNever($0) } ?? true
    }

    /// The error type of a function's `throws(E)` (nil for `throws`, `throws(any Error)`, `throws(Never)`, no clause).
    func thrownType(_ effects: FunctionEffectSpecifiersSyntax?) -> TypeExpr? {
        effects?.throwsClause?.type.flatMap(typedThrowsType)
    }

    /// The type written in `throws(E)`, or nil for `any Error` and `Never` (the untyped and the non-throwing forms).
    func typedThrowsType(_ type: TypeSyntax) -> TypeExpr? {
        if Lowering.isNever(type) || Lowering.isAnyError(type) { return nil }
        return lowerType(type)
    }

    /// Whether `throws(type)` is `throws(Never)`: no error leaves.
    static func isNever(_ type: TypeSyntax) -> Bool {
        ["Never", "Swift.Never"].contains(type.trimmedDescription)
    }

    /// Whether `throws(type)` is `throws(any Error)` (or `throws(Error)`): the untyped `throws`.
    static func isAnyError(_ type: TypeSyntax) -> Bool {
        ["any Error", "Error", "Swift.Error", "any Swift.Error"].contains(type.trimmedDescription)
    }

    /// Whether a closure's or a function type's `throws` clause is a form nbrun runs as `throws` (`throws`,
    /// `throws(any Error)`); `throws(Never)` is none (`throwsNothing`); a typed `throws(E)` there is refused.
    func isUntypedThrows(_ clause: ThrowsClauseSyntax) -> Bool {
        clause.throwsSpecifier.text == "throws" && (clause.type.map(Lowering.isAnyError) ?? true)
    }

    /// Whether a closure's or a function type's `throws` clause is `throws(Never)`.
    func throwsNothing(_ clause: ThrowsClauseSyntax) -> Bool {
        clause.throwsSpecifier.text == "throws" && clause.type.map(Lowering.isNever) == true
    }

    /// Whether the effects say `rethrows`; reports swiftc's error when no parameter is a throwing function.
    func isRethrowing(_ effects: FunctionEffectSpecifiersSyntax?, _ parameters: [FunctionDecl.Parameter]) -> Bool {
        guard let clause = effects?.throwsClause, clause.throwsSpecifier.text == "rethrows" else { return false }
        let takesThrowingFunction = parameters.contains { parameter in
            switch parameter.type {
            case .throwingFunction, .optional(.throwingFunction): return true
            default: return false
            }
        }
        if !takesThrowingFunction { error(.rethrowsWithoutThrowingParameter, clause.throwsSpecifier) }
        return true
    }
}
