import Diagnostics

extension Compiler {
    /// The access path of an inout argument's target — `x` is `["x"]`, `p.health` is `["p", "health"]` — or nil
    /// for targets this check leaves alone (subscripts, `self`, implicit members).
    private func accessPath(_ target: Expr) -> [String]? {
        switch target.kind {
        case .name(let name):
            guard case .variable? = nameBinding(name, node: target) else { return nil }
            return [name]
        case .member(let base?, let name, _):
            return accessPath(base).map { $0 + [name] }
        default:
            return nil
        }
    }

    /// Swift's run-time exclusive-access check for the `&` arguments of one call (SE-0176): two overlapping parts of
    /// one global variable (`&p.health, &p.energy`, or `&p, &p.health`) compile, and stop the program when the call
    /// runs, as Swift's run-time check does. Returns that run-time check, or nil. The errors swiftc reports at
    /// compile time (the same variable twice, overlapping parts of a local value) are `ExclusiveAccessCheck`'s.
    func inoutAliasingCheck(_ arguments: [Argument], at location: SourceLocation) -> ((Frame) throws -> Void)? {
        var seen: [[String]] = []
        var overlap: String?
        for argument in arguments {
            guard case .inoutArgument(let target) = argument.value.kind else { continue }
            // Parts of a class instance are separate accesses of the object (checked one property at a time in
            // Swift); only value types make `p.a` an access to all of `p`.
            guard let path = accessPath(target), path.count == 1 || !isClassVariable(path[0]) else { continue }
            if seen.contains(where: { $0 != path && $0.first == path[0] }), isGlobalVariable(path[0]) {
                overlap = overlap ?? path[0]
            }
            seen.append(path)
        }
        guard let name = overlap else { return nil }
        let message = "simultaneous accesses to '\(name)', but modification requires exclusive access"
        return { _ in throw RuntimeError(message: message, location: location) }
    }

    /// Whether `name` is a variable holding a class instance.
    private func isClassVariable(_ name: String) -> Bool {
        guard case .variable(let variable)? = scope.lookup(name), case .user(let type) = variable.type else { return false }
        return type.kind == .classType
    }

    /// Whether `name` is a variable declared at the top level of the notebook.
    private func isGlobalVariable(_ name: String) -> Bool {
        guard case .variable(let variable)? = scope.lookup(name) else { return false }
        return variable.level == 0
    }
}
