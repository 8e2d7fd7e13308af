import Diagnostics

extension Compiler {
    /// Compiles `body` (the closure argument of a mutating method that runs user code, `sort(by:)`,
    /// `removeAll(where:)`) while the local array `receiver` is being modified: any use of that variable there is
    /// swiftc's compile-time exclusivity error, at the receiver. Globals, captured variables reached through a
    /// function, and properties are checked when the closure runs (`ExclusiveAccess`), as Swift checks them.
    func modifying<T>(_ receiver: Expr, _ body: () -> T) -> T {
        guard case .name(let name) = receiver.kind,
              case .variable(let variable)? = nameBinding(name, node: receiver), variable.level > 0 else { return body() }
        let saved = exclusiveLocal
        exclusiveLocal = (variable, receiver.location)
        defer { exclusiveLocal = saved }
        return body()
    }

    /// Reports the overlapping access when `variable` is the local array being modified (see `modifying`); called
    /// wherever the compiler reads, writes or lends a variable.
    @inline(__always) func noteAccess(_ variable: VariableInfo) {
        if variable.level == 0 {
            outsideUses += 1
            if let function = compilingFunction { function.accessedGlobals.insert(variable) }
            if let member = compilingMember { member.usedGlobals.insert(variable) }
        }
        if let capture = escapingSelfCapture, capture.variable === variable { escapingSelfCaptured(capture.closure) }
        if ownedCaptureGuard != nil { noteOwnedCaptureAccess(variable) }
        guard let current = exclusiveLocal, current.variable === variable else { return }
        error(.overlappingAccess(variable.name), at: current.receiver)
    }
}
