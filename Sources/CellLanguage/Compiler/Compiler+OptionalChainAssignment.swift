import Diagnostics

/// An assignment through an optional chain as a value: Swift gives `a?.x = 1` the type `Void?`, nil when a link
/// of the chain was nil (nothing was stored), so `if (john.residence?.address = someAddress) != nil` tells whether
/// the assignment happened.
extension Compiler {
    /// `(chain = value) == nil` and `!= nil` (either operand order); nil for any other comparison.
    func compileAssignmentComparedWithNil(_ op: String, _ lhs: Expr, _ rhs: Expr) -> Typed? {
        guard op == "==" || op == "!=" else { return nil }
        let assignment: Expr
        if case .nilLiteral = rhs.kind { assignment = lhs } else if case .nilLiteral = lhs.kind { assignment = rhs } else { return nil }
        guard case .assign(_, let target, _, _) = assignment.kind, Compiler.containsOptionalChain(target) else { return nil }
        assignmentAsOptionalVoid = true
        let typed = compileExpr(assignment, expected: nil)
        assignmentAsOptionalVoid = false
        guard typed.type == .optional(.void) else { return typed.type.hasError ? .invalid : nil }
        let code = typed.value
        let isNil = op == "=="
        return Typed(type: .bool, code: .bool { frame in
            if case .none = try code(frame) { return isNil }
            return !isNil
        })
    }

    /// The value of an assignment through an optional chain: `()` when it stored, nil when a link was nil (`probe`
    /// reads the outermost link first, see `compileOptionalChainAssignment`).
    static func optionalVoid(_ probe: ((Frame) throws -> Value)?, _ store: @escaping (Frame) throws -> Void) -> Typed {
        Typed(type: .optional(.void), code: .value { frame in
            do {
                _ = try probe?(frame)
                try store(frame)
                return .void
            } catch is OptionalChainNil {
                return .none
            }
        })
    }
}
