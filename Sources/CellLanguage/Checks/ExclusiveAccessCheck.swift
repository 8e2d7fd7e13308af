import Diagnostics

/// Swift's static exclusivity rule (SE-0176), as swiftc's diagnostic pass applies it: the `&` arguments of one call
/// (the receiver of a mutating method among them) must not be the same variable or place, nor a local value and a
/// part of it, and the closure argument of an array's `sort(by:)` or `removeAll(where:)` must not touch the local array
/// being sorted. A pass of its own over the lowered AST, with the resolver's referents and the checker's types; two
/// overlapping parts of one global compile, and stop the program when the call runs (the generator's run-time check).
struct ExclusiveAccessCheck {
    /// The resolver's referents of the cell's names.
    let resolution: Resolution
    /// The type the checker gave an expression, nil when it does not know it.
    let type: (Expr) -> CType?
    /// Whether the value type `CType` declares a mutating method of that name with `inout` parameters.
    let hasMutatingMethodWithInout: (CType, String) -> Bool

    /// One `&` access of a call: the access path (`p.health` is `["p", "health"]`), where it is reported, the variable's
    /// name expression.
    private struct Access {
        var path: [String]
        var location: SourceLocation
        var root: Expr
    }

    /// The exclusivity errors of `statements` (the cell's top-level statements and every body declared in them).
    func check(_ statements: [Stmt]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var walk = SyntaxWalk()
        walk.expression = { expr in
            guard case .call(let callee, let arguments) = expr.kind else { return }
            diagnostics += aliasing(callee, arguments)
            diagnostics += closureUses(callee, arguments)
        }
        walk.walk(statements)
        return diagnostics
    }

    /// The `&` arguments of one call that overlap, reported at the earlier one, as swiftc does (a variable passed
    /// twice also aliases, at the later one).
    private func aliasing(_ callee: Expr, _ arguments: [Argument]) -> [Diagnostic] {
        var accesses: [Access] = []
        for argument in arguments {
            guard case .inoutArgument(let target) = argument.value.kind, let access = access(target, at: argument.value.location)
            else { continue }
            accesses.append(access)
        }
        guard !accesses.isEmpty else { return [] }
        // `x.mutate(&x)`: the receiver of a mutating method is an `inout` access too, the first of the call.
        if case .member(let base?, let name, _) = callee.kind, let receiverType = type(base),
           hasMutatingMethodWithInout(receiverType, name), let receiver = access(base, at: base.location) {
            accesses.insert(receiver, at: 0)
        }
        var diagnostics: [Diagnostic] = []
        var seen: [Access] = []
        for access in accesses {
            // Parts of a class instance are separate accesses of the object; only value types make `p.a` all of `p`.
            guard access.path.count == 1 || !holdsClassInstance(access.root) else { continue }
            for earlier in seen {
                let shared = zip(earlier.path, access.path).prefix { $0 == $1 }.count
                let same = earlier.path == access.path
                // One path within the other; two parts of one global overlap only when the program runs.
                guard same || (shared == min(earlier.path.count, access.path.count) && !resolution.isGlobal(access.root))
                else { continue }
                // swiftc: the same variable twice also aliases, at the later argument; the overlap is the earlier's.
                if same && access.path.count == 1 { diagnostics.append(CompileError.inoutArgumentsAlias.diagnostic(at: access.location)) }
                diagnostics.append(CompileError.overlappingAccess(earlier.path.joined(separator: ".")).diagnostic(at: earlier.location))
            }
            seen.append(access)
        }
        return diagnostics
    }

    /// The access `&target` makes, or nil for targets this check leaves alone (subscripts, `self`, implicit members).
    private func access(_ target: Expr, at location: SourceLocation) -> Access? {
        switch target.kind {
        case .name(let name):
            guard isVariable(target) else { return nil }
            return Access(path: [name], location: location, root: target)
        case .member(let base?, let name, _):
            guard var access = access(base, at: location) else { return nil }
            access.path.append(name)
            return access
        default:
            return nil
        }
    }

    /// Whether the `.name` expression names a variable, constant or parameter (not `self`, a function or a type).
    private func isVariable(_ expr: Expr) -> Bool {
        switch resolution.referent(of: expr) {
        case .earlierGlobal?:
            return true
        case .local(let index)?, .capture(let index)?, .global(let index)?:
            switch resolution.declarations[index].kind {
            case .constant, .variable, .parameter, .closureParameter, .captureListEntry: return true
            default: return false
            }
        default:
            return false
        }
    }

    /// Whether the checker knows `expr` holds a class instance.
    private func holdsClassInstance(_ expr: Expr) -> Bool {
        guard case .user(let userType)? = type(expr) else { return false }
        return userType.kind == .classType
    }

    /// `xs.sort(by: { … xs … })` on a local array: a use of the array inside the closure argument overlaps its
    /// modification (reported once, at the receiver).
    private func closureUses(_ callee: Expr, _ arguments: [Argument]) -> [Diagnostic] {
        guard case .member(let base?, let name, _) = callee.kind, name == "sort" || name == "removeAll",
              arguments.count == 1, arguments[0].label == (name == "sort" ? "by" : "where") || arguments[0].label == nil,
              case .name(let arrayName) = base.kind, case .array? = type(base),
              let declaration = localDeclaration(base) else { return [] }
        var touched = false
        var walk = SyntaxWalk()
        walk.expression = { expr in
            if case .name = expr.kind, localDeclaration(expr) == declaration { touched = true }
        }
        walk.walk([.expression(arguments[0].value)])
        return touched ? [CompileError.overlappingAccess(arrayName).diagnostic(at: base.location)] : []
    }

    /// The declaration of the local variable (not top-level) the `.name` expression names, if it names one.
    private func localDeclaration(_ expr: Expr) -> Int? {
        switch resolution.referent(of: expr) {
        case .local(let index)?, .capture(let index)?: return resolution.declarations[index].isTopLevel ? nil : index
        default: return nil
        }
    }
}
