import Diagnostics

extension Compiler {
    /// Notes a read, write or lend of `variable`: the globals a function or member uses, owned captures. Exclusive
    /// access is checked before generation (`ExclusiveAccessCheck`) and, for globals, captured variables reached
    /// through a function and properties, when the program runs (`ExclusiveAccess`).
    @inline(__always) func noteAccess(_ variable: VariableInfo) {
        if variable.level == 0 {
            outsideUses += 1
            if let function = compilingFunction { function.accessedGlobals.insert(variable) }
            if let member = compilingMember { member.usedGlobals.insert(variable) }
        }
    }
}
