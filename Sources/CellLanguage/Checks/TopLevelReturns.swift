import Diagnostics

/// `return` in top-level code (`return invalid outside of a func`), at the keyword: a return statement of the cell's
/// top level or of the bodies of its top-level `if`, loops, `switch`, `do` and `defer`, which run as top-level code;
/// never one inside a function, closure or type.
enum TopLevelReturns {
    /// The top-level returns among `statements` (the cell's top level).
    static func check(_ statements: [Stmt]) -> [Diagnostic] {
        statements.flatMap(returns)
    }

    private static func returns(_ statement: Stmt) -> [Diagnostic] {
        switch statement {
        case .returnStatement(_, let location):
            return [CompileError.returnOutsideFunction.diagnostic(at: location)]
        case .ifStatement(_, let then, let otherwise, _):
            return check(then) + check(otherwise ?? [])
        case .guardStatement(_, let body, _), .whileLoop(_, _, let body, _), .repeatWhile(_, let body, _, _), .block(let body),
             .deferStatement(let body, _), .forIn(_, _, _, _, _, let body, _):
            return check(body)
        case .switchStatement(_, _, let cases, _):
            return cases.flatMap { check($0.body) }
        case .doCatch(let body, let clauses, _):
            return check(body) + clauses.flatMap { check($0.body) }
        case .expression, .variable, .function, .breakStatement, .continueStatement, .typeDeclaration, .throwStatement,
             .typeAlias, .invalid:
            return []
        }
    }
}
