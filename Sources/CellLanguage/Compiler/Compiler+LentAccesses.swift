import Diagnostics

/// Two of Swift's rules on what a function may touch while something is lent to it: a global passed `inout` must
/// not be accessed by the function meanwhile (a run-time trap in Swift), and an escaping closure must not capture
/// the `self` of a `mutating` method (a compile-time error).
extension Compiler {
    /// The check for `&target` (a global variable or a part of one) lent to a call of `info`: when `info`, or a
    /// function it calls, reads or writes that global, the call stops the program, as Swift's exclusivity check
    /// stops `increment(&stepSize)` whose body reads `stepSize`. Nil for other targets. The functions' uses are
    /// looked up when the call runs (top-level bodies compile after the cell's statements), and a use counts
    /// wherever it stands in the body (Swift traps only when it runs: nbrun stops at the call, before the body).
    func lentGlobalCheck(_ info: FunctionInfo, _ target: Expr, at location: SourceLocation) -> (() throws -> Void)? {
        var root = target
        while case .member(let base?, _, _) = root.kind { root = base }
        guard case .name(let name) = root.kind, implicitSelfMember(name, at: root.location) == nil,
              case .variable(let variable)? = scope.lookup(name), variable.level == 0 else { return nil }
        let global = ObjectIdentifier(variable)
        let message = "simultaneous accesses to '\(name)', but modification requires exclusive access"
        return { [weak info] in
            var visited: Set<ObjectIdentifier> = []
            if let info, Compiler.mayAccess(info, global, visited: &visited) {
                throw RuntimeError(message: message, location: location)
            }
        }
    }

    /// Whether `info`'s body, or a declared function it calls, uses the global `global`.
    private static func mayAccess(_ info: FunctionInfo, _ global: ObjectIdentifier,
                                  visited: inout Set<ObjectIdentifier>) -> Bool {
        guard visited.insert(ObjectIdentifier(info)).inserted else { return false }
        if info.accessedGlobals.contains(global) { return true }
        return info.callees.contains { callee in callee.info.map { mayAccess($0, global, visited: &visited) } ?? false }
    }

    /// Compiles `compile` (an argument) with swiftc's check that a closure literal passed to an `@escaping`
    /// parameter in a struct's `mutating` method does not capture `self` (directly or by a bare property name).
    func escapingClosure(_ argument: Expr, isEscaping: Bool, _ compile: () -> Typed) -> Typed {
        guard isEscaping, case .closure = argument.kind, selfContexts.last != nil,
              case .variable(let variable)? = scope.lookup("self"), !variable.isLet,
              case .user(let type) = variable.type, type.kind == .structure,
              variable !== scope.context.function.initializerSelf else { return compile() }
        let saved = escapingSelfCapture
        escapingSelfCapture = (variable, argument.location)
        defer { escapingSelfCapture = saved }
        return compile()
    }

    /// Reports the escaping closure at `closure` that captures a mutating method's `self` (once per closure: a
    /// type-only probe of the closure's code may have reported it and taken the report back).
    func escapingSelfCaptured(_ closure: SourceLocation) {
        let diagnostic = CompileError.escapingClosureCapturesMutatingSelf.diagnostic(at: closure)
        if !diagnostics.contains(diagnostic) { diagnostics.append(diagnostic) }
    }
}
