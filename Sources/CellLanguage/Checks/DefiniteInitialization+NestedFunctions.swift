import Diagnostics

/// Nested functions and `super` inside an initializer's body: a nested function that reads a stored property, calls
/// a method or names `self` uses `self` where it is called (swiftc: `'self' used before all stored properties are
/// initialized`, `'self' used in method call 'helper' before …`); `super.m()` and `super.x` use `self` too (`'self'
/// used in method call 'm' before 'super.init' call`).
extension DefiniteInitialization {
    /// `func name(…) { body }` declared in an initializer's body: remembered when its body uses `self`.
    mutating func nestedFunction(_ decl: FunctionDecl) {
        guard let type = initializing, type.kind != .unchecked else { return }
        var probe = self
        probe.probesSelfUse = true
        probe.usesSelf = false
        var state = State()
        probe.closureBody(decl.body, parameters: decl.parameters.map(\.name), &state)
        if probe.usesSelf { selfCapturingFunctions.insert(decl.name) } else { selfCapturingFunctions.remove(decl.name) }
    }

    /// A call of `callee`: when it names a nested function that uses `self`, a use of `self` at the name (a struct's
    /// as `self` alone, a class's as a method call).
    mutating func callOfNestedFunction(_ callee: Expr, _ state: State) {
        guard let type = initializing, case .name(let name) = callee.kind, tracked[name] == .local,
              selfCapturingFunctions.contains(name) else { return }
        useSelf(type.kind == .value ? nil : "method call", name, at: callee.location, state)
    }

    /// `super.name` (called when `call` is true) before `super.init`: a use of `self`; true when `expr` is one.
    mutating func memberOfSuper(_ expr: Expr, call: Bool, _ state: State) -> Bool {
        guard initializing != nil, case .member(let base?, let name, let location) = expr.kind, case .name("super") = base.kind,
              name != "init" else { return false }
        useSelf(call ? "method call" : "property access", name, at: location, state)
        return true
    }
}
