/// Where a closure literal escapes the function whose body holds it, as swiftc's escape checks see it (after type
/// checking): a constant's or variable's initial value, a returned value, an assignment's new value, or an argument
/// for an `@escaping` parameter of a declared function the checker resolved the call to (`EscapingSelfCaptures`,
/// `EscapingInoutCaptures`).
struct EscapingClosurePositions {
    /// The declared function the type checker resolved a call to (nil when it did not).
    let callee: (Expr) -> FunctionInfo?

    /// Calls `visit` with every expression of `body` in an escaping position (closure literal or not).
    func walk(_ body: [Stmt], _ visit: @escaping (Expr) -> Void) {
        let walk = SyntaxWalk(statement: { statement in
            switch statement {
            case .variable(_, _, _, let value?, _), .returnStatement(let value?, _): visit(value)
            default: break
            }
        }, expression: { expr in
            switch expr.kind {
            case .assign("=", _, let value, _):
                visit(value)
            case .call(_, let arguments):
                guard let info = callee(expr), info.parameters.count == arguments.count else { return }
                for (argument, parameter) in zip(arguments, info.parameters) where parameter.isEscaping { visit(argument.value) }
            default:
                break
            }
        })
        walk.walk(body)
    }
}
