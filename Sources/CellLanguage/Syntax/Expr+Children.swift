extension Expr {
    /// Calls `body` on each direct subexpression, in source order (a closure's body and a type's names are not
    /// subexpressions). Walkers handle the kinds they care about and pass the rest here.
    func forEachChild(_ body: (Expr) -> Void) {
        switch kind {
        case .intLiteral, .floatLiteral, .boolLiteral, .nilLiteral, .invalid, .name, .typeReference, .closure:
            break
        case .stringLiteral(let parts):
            for case .interpolation(let value) in parts { body(value) }
        case .binary(_, let left, let right, _), .assign(_, let left, let right, _):
            body(left)
            body(right)
        case .prefix(_, let operand), .forceUnwrap(let operand), .optionalChain(let operand), .tryExpr(let operand, _),
             .cast(let operand, _, _), .inoutArgument(let operand):
            body(operand)
        case .call(let base, let arguments), .subscriptAccess(let base, let arguments):
            body(base)
            for argument in arguments { body(argument.value) }
        case .member(let base, _, _):
            if let base { body(base) }
        case .array(let items):
            items.forEach(body)
        case .dictionary(let pairs):
            for (key, value) in pairs {
                body(key)
                body(value)
            }
        case .tuple(let arguments):
            for argument in arguments { body(argument.value) }
        case .ternary(let condition, let whenTrue, let whenFalse):
            body(condition)
            body(whenTrue)
            body(whenFalse)
        }
    }
}
