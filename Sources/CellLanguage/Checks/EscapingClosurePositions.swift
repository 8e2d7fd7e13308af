/// Where a closure literal escapes the function whose body holds it, as swiftc's escape checks see it (after type
/// checking): a constant's or variable's initial value, a returned value, an assignment's new value, or an argument
/// for an `@escaping` parameter of a declared function the checker resolved the call to (`EscapingSelfCaptures`,
/// `EscapingInoutCaptures`), or an element the library stores (`xs.append { … }`, an array literal's element).
struct EscapingClosurePositions {
    /// The declared function the type checker resolved a call to (nil when it did not).
    let callee: (Expr) -> FunctionInfo?

    /// The library's methods that store their first, unlabelled argument in the receiver (an array's element).
    private static let storingMethods: Set<String> = ["append", "insert"]

    /// Calls `visit` with every expression of `body` in an escaping position (closure literal or not): the elements
    /// of an array literal in one too, an argument of `xs.append(…)`/`xs.insert(…, at:)` and the value of `xs += […]`.
    func walk(_ body: [Stmt], _ visit: @escaping (Expr) -> Void) {
        func escaping(_ value: Expr) {
            visit(value)
            if case .array(let elements) = value.kind { elements.forEach(escaping) }
        }
        let walk = SyntaxWalk(statement: { statement in
            switch statement {
            case .variable(_, _, _, let value?, _), .returnStatement(let value?, _): escaping(value)
            default: break
            }
        }, expression: { expr in
            switch expr.kind {
            case .assign("=", _, let value, _):
                escaping(value)
            case .assign("+=", _, let value, _):
                if case .array = value.kind { escaping(value) }
            case .call(let function, let arguments):
                if let info = callee(expr) {
                    guard info.parameters.count == arguments.count else { return }
                    for (argument, parameter) in zip(arguments, info.parameters) where parameter.isEscaping { escaping(argument.value) }
                } else if case .member(_?, let name, _) = function.kind, Self.storingMethods.contains(name),
                          let first = arguments.first, first.label == nil {
                    escaping(first.value)  // `handlers.append { … }`
                }
            default:
                break
            }
        })
        walk.walk(body)
    }
}
