/// `xs.map { … }` where `[Double]` is expected (`let ys: [Double] = xs.map { _ in 1 }`, an argument or a `return` of
/// that type): the checker checks the closure once without a result type and, when its body gives an Int, checks it
/// again for a Double result, as Swift infers, the records and reports of its first check undone; the generator
/// (`ArrayMembers.map`) compiles the closure for a Double result where the checker's type of it says so.
extension TypeChecker {
    /// The `[R]` of `xs.map { body }` with `[Double]` expected; nil (nothing recorded) when not such a call or unknown.
    func doubleArrayMapCall(_ receiver: CType, _ arguments: [Argument]) -> CType? {
        guard let element = sequenceElement(receiver, "map", arguments),
              case .closure(let literal) = arguments[0].value.kind else { return nil }
        let location = arguments[0].value.location, trial = beginTrial(), before = checked.diagnostics.count
        let probe = closureType(literal, at: location, ClosureContext(parameters: [element], result: nil))
        guard case .function(_, let inferred)? = probe, inferred != .void else {
            // Unknown: the generator may have compiled the body for a Double result, so nothing of it is kept, but
            // for the mistakes found in it (`meanq`, a misspelled name), which no result type would change.
            if probe == nil, checked.diagnostics.count > before { commit(trial) } else { rollback(to: trial) }
            return nil
        }
        var result = inferred
        if inferred == .int {
            rollback(to: trial)
            let retry = beginTrial()
            guard case .function(_, let hinted)? = closureType(literal, at: location,
                                                             ClosureContext(parameters: [element], result: .double)) else {
                rollback(to: retry)
                return nil
            }
            commit(retry)
            result = hinted
        } else {
            commit(trial)
        }
        record(arguments[0].value, .function([element], result), expected: .function([element], result))
        return .array(result)
    }
}
