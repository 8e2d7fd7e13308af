import Diagnostics

/// Member calls whose receiver is lent to the callee's `self` instead of copied: the value is swapped out of the
/// slot that holds it for the call and back after it (see `LeanCallee.call(lending:)`), which saves a retain and a
/// release of the receiver per call. Only slots nothing else can read during the call are lent: a specialized
/// protocol-extension copy's hidden `self` slot, and the variable of a `for` loop over an array.
extension Compiler {
    /// The slot of `base` when it names the variable of a `for` loop over an array in the current frame (see
    /// `VariableInfo.isLoopElement`): only the loop body names it, and a member declared at the top level that the
    /// loop calls cannot, so the slot may be lent for the call. Nil for any other expression.
    func lentLoopElement(_ base: Expr) -> ((Frame) -> UnsafeMutablePointer<Value>)? {
        guard case .name(let name) = base.kind, case .variable(let variable)? = nameBinding(name, node: base),
              variable.isLoopElement, variable.level != 0, variable.level == scope.context.level,
              variable.unpacked == nil, !variable.type.isWord else { return nil }
        let slot = variable.slot
        return { $0.values + slot }
    }

    /// The slot of `base` when it names a local variable (or constant) of the current frame that no closure,
    /// nested function or accessor captures (the resolution's captures): during a member call on it, only the
    /// call's own code could read the slot, so the slot may be lent to the callee's `self`. Nil for any other
    /// expression, and for globals (a function the member calls may read them).
    func lentLocal(_ base: Expr) -> ((Frame) -> UnsafeMutablePointer<Value>)? {
        guard case .name(let name) = base.kind, let resolution, case .local(let index)? = resolution.referent(of: base),
              !resolution.isCaptured(index), case .variable(let variable)? = nameBinding(name, node: base),
              variable.level != 0, variable.level == scope.context.level, variable.unpacked == nil,
              !variable.type.isWord, !isCheckedLentAccess(variable) else { return nil }
        let slot = variable.slot
        return { $0.values + slot }
    }

    /// `value.name` where `value` is a lendable local (`lentLocal`) of a struct or enum type and `name` its
    /// computed property (`while !stack.isEmpty`): the getter runs with the variable lent as its `self`.
    func lentGetterCall(_ base: Expr, _ type: CType, _ name: String, at location: SourceLocation) -> Typed? {
        guard case .user(let userType) = type, userType.kind == .structure || userType.kind == .enumeration,
              let getter = userType.computed[name], !getter.isMutating, let slot = lentLocal(base) else { return nil }
        return lentReceiverCall(getter, slot: slot, at: location)
    }

    /// A call of a getter or of a method without arguments, declared at the top level, on the value at `slot`,
    /// lent as its `self` (the caller guarantees nothing else reads the slot during the call).
    func lentReceiverCall(_ info: FunctionInfo, slot: @escaping (Frame) -> UnsafeMutablePointer<Value>,
                          at location: SourceLocation) -> Typed {
        let callee = LeanCallee(info)
        let globals = self.globals, runtime = self.runtime
        if info.returnType.isWord {
            // Called directly by each closure below, so it is inlined there (see `Typed.fromWord(_:int:double:bool:)`).
            @inline(__always) func word(_ frame: Frame) throws -> Int {
                try callee.call(lending: &slot(frame).pointee, parent: globals, runtime: runtime, location: location) {
                    $0.words[callee.returnSlot]
                }
            }
            return Typed.fromWord(info.returnType, int: { try word($0) }, double: { WordCoding.double(try word($0)) },
                                  bool: { try word($0) != 0 })
        }
        return Typed.fromValue(info.returnType) { frame in
            try callee.call(lending: &slot(frame).pointee, parent: globals, runtime: runtime, location: location) {
                callee.result(in: $0)
            }
        }
    }

    /// `element.method()` on the existential variable of a `for` loop over an array, where `method` is a protocol
    /// extension's method (see `compileSpecializedExtensionCall`): the existential is lent from the loop variable's
    /// slot to the chosen copy's `self`, and only the concrete value is copied (into the copy's hidden slot).
    func lentSpecializedCall(_ returnType: CType, _ slot: @escaping (Frame) -> UnsafeMutablePointer<Value>,
                             _ targets: SpecializedTargets,
                             at location: SourceLocation) -> Typed {
        let globals = self.globals, runtime = self.runtime
        if returnType.isWord {
            @inline(__always) func word(_ frame: Frame) throws -> Int {
                let pointer = slot(frame)
                var existential = pointer.move()
                defer { pointer.initialize(to: existential) }
                let (callee, concrete) = targets.target(existential)
                return try callee.call(lending: &existential, also: concrete, parent: globals, runtime: runtime,
                                       location: location) { $0.words[callee.returnSlot] }
            }
            return Typed.fromWord(returnType, int: { try word($0) }, double: { WordCoding.double(try word($0)) },
                                  bool: { try word($0) != 0 })
        }
        return Typed.fromValue(returnType) { frame in
            let pointer = slot(frame)
            var existential = pointer.move()
            defer { pointer.initialize(to: existential) }
            let (callee, concrete) = targets.target(existential)
            return try callee.call(lending: &existential, also: concrete, parent: globals, runtime: runtime,
                                   location: location) { callee.result(in: $0) }
        }
    }
}
