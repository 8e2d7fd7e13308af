/// An argument of a call of several declared overloads that no overload's parameter can take because the argument
/// itself is wrong (`buildExpression(count * "s")` beside `buildExpression(_: String)` and `buildExpression(_: Int)`):
/// swiftc reports the argument's own mistake (`cannot convert value of type 'String' to expected argument type
/// 'Int'` at `"s"`), as it would without the call.
extension TypeChecker {
    /// The error type after reporting the mistake of an argument that is wrong on its own and against the parameter
    /// of every overload of `fitting` (each taking the call's labels); nil (nothing recorded) when every argument
    /// passes some overload, or is right on its own.
    func argumentWrongInEveryOverload(_ fitting: [(FunctionInfo, [Int])], _ arguments: [Argument]) -> CType? {
        guard fitting.count > 1 else { return nil }
        for (index, argument) in arguments.enumerated() {
            if case .closure = argument.value.kind { continue }
            guard !Self.isContextFree(argument.value) else { continue }
            let passes = fitting.contains { info, positions in
                let parameter = info.parameters[positions[index]]
                return parameter.isInout || !trialReports(argument.value, parameter.type)
            }
            guard !passes else { continue }
            let before = checked.diagnostics.count
            let mark = beginTrial()
            let alone = check(argument.value, expected: nil)
            guard alone?.hasError != false, checked.diagnostics.count > before else {
                rollback(to: mark)
                continue
            }
            commit(mark)
            return .error
        }
        return nil
    }

    /// Whether checking `value` against `type` reports a mistake (the check undone).
    private func trialReports(_ value: Expr, _ type: CType) -> Bool {
        let before = checked.diagnostics.count
        let mark = beginTrial()
        checkConverting(value, to: type) { .argumentType($0, expected: $1) }
        let reports = checked.diagnostics.count > before
        rollback(to: mark)
        return reports
    }
}
