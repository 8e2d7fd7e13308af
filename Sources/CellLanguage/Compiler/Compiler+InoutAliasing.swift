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

    /// Swift's exclusive-access rule for the `&` arguments of one call (SE-0176). The same variable passed twice
    /// is refused with swiftc's two errors; two overlapping parts of one global variable (`&p.health, &p.energy`, or
    /// `&p, &p.health`) compile, and stop the program when the call runs, as Swift's run-time check does. Returns
    /// that run-time check, or nil.
    func inoutAliasingCheck(_ arguments: [Argument], at location: SourceLocation) -> ((Frame) throws -> Void)? {
        var seen: [(path: [String], location: SourceLocation)] = []
        var overlap: String?
        for argument in arguments {
            guard case .inoutArgument(let target) = argument.value.kind else { continue }
            // Parts of a class instance are separate accesses of the object (checked one property at a time in
            // Swift); only value types make `p.a` an access to all of `p`.
            guard let path = accessPath(target), path.count == 1 || !isClassVariable(path[0]) else { continue }
            for (earlier, earlierLocation) in seen {
                let shared = zip(earlier, path).prefix { $0 == $1 }.count
                if earlier == path {
                    error(.inoutArgumentsAlias, at: argument.value.location)
                    // swiftc: the aliasing at the second argument, the overlapping access at the first.
                    error(.overlappingAccess(path.joined(separator: ".")), at: earlierLocation)
                } else if shared > 0, isGlobalVariable(path[0]) {
                    overlap = overlap ?? path[0]  // Swift checks accesses to globals when the program runs
                } else if shared > 0, shared == min(earlier.count, path.count) {
                    error(.overlappingAccess(path[0]), at: target.location)
                }
            }
            seen.append((path, argument.value.location))
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
