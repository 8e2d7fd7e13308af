import Diagnostics

/// Two of Swift's rules on what a function may touch while something is lent to it: a global passed `inout` (or
/// running a mutating method) must not be accessed by the function meanwhile (a run-time trap in Swift), and an
/// escaping closure must not capture the `self` of a `mutating` method (a compile-time error).
extension Compiler {
    /// The check for `&target` (a global variable or a part of one) lent to a call of `info`, and the global's
    /// lending mark. Swift's exclusivity check stops the program when the function, or one it calls, accesses that
    /// global while it is lent (`increment(&stepSize)` whose body reads `stepSize`), at that access and only when it
    /// happens: the accesses compiled after the global was first lent check the mark (`lentCheckedLoad`). An access
    /// compiled before, unchecked, stops the call itself, before the body, when the function may reach it: the
    /// functions' uses are looked up when the call runs (top-level bodies compile after the cell's statements).
    /// Nil for other targets.
    func lentGlobalCheck(_ info: FunctionInfo, _ target: Expr,
                         at location: SourceLocation) -> (check: () throws -> Void, state: LentGlobal)? {
        guard let (variable, name) = lentGlobalRoot(target) else { return nil }
        let global = variable
        let message = LentGlobal.message(name)
        let check: () throws -> Void = { [weak info] in
            var visited = IdentitySet<FunctionInfo>()
            if let info, Compiler.mayAccess(info, global, visited: &visited) {
                throw RuntimeError(message: message, location: location)
            }
        }
        return (check, lendable(variable))
    }

    /// `base` of a call of the mutating `method` (`total.bump()`, `games[0].play()`): when it is a global or a part
    /// of one, the place marks the global lent while the method runs, so the accesses its body makes to it stop the
    /// program (Swift's exclusivity check) instead of seeing the value moved out meanwhile. Other places, and
    /// methods whose body uses no global and calls no function (nothing to check, nothing to pay), are returned as
    /// they are.
    func lendingPlace(_ place: Place, _ base: Expr, _ method: FunctionInfo) -> Place {
        guard method.usesOutside, let (variable, _) = lentGlobalRoot(base) else { return place }
        let state = lendable(variable)
        let modify = place.modify
        var lending = place
        lending.slot = nil  // its accesses go through the new `modify`
        lending.modify = { frame, body in
            try modify(frame) { value in
                state.depth += 1
                defer { state.depth -= 1 }
                try body(&value)
            }
        }
        return lending
    }

    /// The global variable a place expression starts from (`stepSize`, `grid[0].x`), and its name; nil when the
    /// place is inside an object (`player.score` with `player` a class instance: the object's property is lent, not
    /// the variable holding the reference).
    private func lentGlobalRoot(_ target: Expr) -> (VariableInfo, String)? {
        var root = target
        while true {
            switch root.kind {
            case .member(let base?, _, _), .subscriptAccess(let base, _), .forceUnwrap(let base):
                // The checker's type (`checkerType`): a query about the target's root, asked before it compiles.
                if case .user(let type) = checkerType(base), type.kind == .classType { return nil }
                root = base
            default:
                guard case .name(let name) = root.kind,
                      case .variable(let variable)? = nameBinding(name, node: root), variable.level == 0, !variable.isLet else { return nil }
                return (variable, name)
            }
        }
    }

    /// The global's lending mark, made on its first lending.
    private func lendable(_ variable: VariableInfo) -> LentGlobal {
        if let state = variable.lent { return state }
        let state = LentGlobal()
        variable.lent = state
        return state
    }

    /// Whether an access to `variable` compiled here checks its lending mark: a global that has been lent, used
    /// from a function or closure body (top-level code does not run while a call holds it), or one that holds values
    /// of the type whose mutating method is being compiled (method bodies compile before the calls that lend the
    /// global: `total.bump()` whose body reads `total`). Such an access skips the fast paths that read the
    /// variable's slot directly.
    func isCheckedLentAccess(_ variable: VariableInfo) -> Bool {
        guard variable.level == 0, !variable.isLet, scope.context.level > 0 else { return false }
        if variable.lent != nil { return true }
        guard let selfType = selfContexts.last?.type, case .variable(let me)? = scope.lookup("self"), !me.isLet,
              Compiler.holdsValues(of: selfType, variable.type) else { return false }
        variable.lent = LentGlobal()
        return true
    }

    /// Whether a variable of `type` holds values of `owner` (`Counter`, `[Counter]`, `Counter?`).
    private static func holdsValues(of owner: UserType, _ type: CType) -> Bool {
        switch type {
        case .user(let user): return user === owner
        case .array(let element), .optional(let element): return holdsValues(of: owner, element)
        default: return false
        }
    }

    /// Reading `variable` in a body while it may be lent: stops the program at `location` when it is.
    func lentCheckedLoad(_ variable: VariableInfo, at location: SourceLocation) -> Typed? {
        guard isCheckedLentAccess(variable), let state = variable.lent else { return nil }
        let typed = checkedAccess(variable) { load(variable) }
        let message = LentGlobal.message(variable.name)
        return typed.prefixed(by: [{ _ in if state.depth > 0 { throw RuntimeError(message: message, location: location) } }])
    }

    /// Changing `variable` in a body while it may be lent: stops the program at `location` when it is (after the
    /// new value is evaluated, for an assignment).
    func lentCheckedPlace(_ variable: VariableInfo, at location: SourceLocation) -> Place? {
        guard isCheckedLentAccess(variable), let state = variable.lent else { return nil }
        let place = checkedAccess(variable) { variablePlace(variable) }
        let message = LentGlobal.message(variable.name)
        let check: () throws -> Void = { if state.depth > 0 { throw RuntimeError(message: message, location: location) } }
        let modify = place.modify, assign = place.assign
        var checked = place
        checked.slot = nil  // its accesses go through the new `modify`
        checked.modify = { frame, body in
            try check()
            try modify(frame, body)
        }
        checked.assign = { newValue in
            let value = newValue.value
            return self.checkedAccess(variable) {
                assign(Typed.fromValue(newValue.type) { frame in
                    let result = try value(frame)
                    try check()
                    return result
                })
            }
        }
        return checked
    }

    /// Compiles an access that checks the lending mark itself: it is not counted among the function's unchecked
    /// uses of the global (which stop a lending call before the body, see `lentGlobalCheck`).
    private func checkedAccess<T>(_ variable: VariableInfo, _ compile: () -> T) -> T {
        let global = variable
        let function = compilingFunction
        let counted = function?.accessedGlobals.contains(global) ?? true
        let result = compile()
        if !counted { function?.accessedGlobals.remove(global) }
        return result
    }

    /// Whether `info`'s body, or a declared function it calls, uses the global `global` without checking its mark.
    private static func mayAccess(_ info: FunctionInfo, _ global: VariableInfo,
                                  visited: inout IdentitySet<FunctionInfo>) -> Bool {
        guard visited.insert(info).inserted else { return false }
        if info.accessedGlobals.contains(global) { return true }
        return info.callees.contains { callee in callee.info.map { mayAccess($0, global, visited: &visited) } ?? false }
    }

    /// A call with `inout` arguments: `prepare` makes the callee's frame and stores the arguments (marking the
    /// globals `lent` lends at the end), `run` runs the body; the marks are taken back, then the final values are
    /// copied back, also when the body throws (Swift ends the `inout` accesses and writes back before the error
    /// propagates).
    static func inoutCall(_ info: FunctionInfo, _ writeBacks: [StoreBackBox], lent: [LentGlobal],
                          prepare: @escaping (Frame) throws -> Frame,
                          run: @escaping (Frame) throws -> Void) -> (Frame) throws -> Value {
        { frame in
            let marks = lent.isEmpty ? [] : lent.map(\.depth)
            func restore() { for (state, mark) in zip(lent, marks) { state.depth = mark } }
            let callee: Frame
            var thrown: ThrownError?
            do {
                callee = try prepare(frame)
            } catch {
                restore()
                throw error
            }
            do {
                try run(callee)
            } catch let error as ThrownError {
                thrown = error
            } catch {
                restore()
                throw error
            }
            restore()
            for writeBack in writeBacks { try writeBack.run(frame, callee) }
            if let thrown { throw thrown }
            return Compiler.result(of: info, in: callee)
        }
    }
}
