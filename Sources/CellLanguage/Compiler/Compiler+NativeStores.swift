import Diagnostics

extension Compiler {
    /// `layer.weight = t`, `x[i] = v`, `x[rows: 0..<2] += 1`: a store through a native type's property setter or
    /// subscript setter. Native values are references (Swift classes), so the receiver may be a `let`. A compound
    /// assignment reads, combines with the binary operator and stores back, evaluating the receiver, the indices
    /// and the right side once each. Nil when the target is not a settable native property or subscript.
    func compileNativeStore(_ op: String, _ target: Expr, _ value: Expr, at location: SourceLocation) -> Typed? {
        if let writeBack = compileNativeWriteBack(op, target, value, at: location) { return writeBack }
        switch target.kind {
        case .member(let base?, let name, let nameLocation):
            // The checker's type (`checkerType`): the base's type picks a native setter; otherwise the other store paths compile the base.
            guard case .native(let typeName) = checkerType(base) else { return nil }
            // No such property, or none with a setter: the checker reports it (`TypeChecker.nativePropertyStoreMistake`).
            guard let property = registry.types[typeName]?.properties[name], let set = property.set else {
                cannotGenerate(at: nameLocation)
                return .invalid
            }
            if op != "=" { return compileNativeReadModifyWrite(op, target, value, at: location) }
            let receiver = compileExpr(base, expected: nil).value
            let newValue = converted(compileExpr(value, expected: property.type), to: property.type, at: value.conversionLocation)
            if newValue.type.hasError { return .invalid }
            let code = newValue.value, runtime = self.runtime
            return Typed(type: .void, code: .void { frame in
                guard case .native(let object) = try receiver(frame) else { return }
                let assigned = try code(frame)
                do {
                    try set(object, assigned)
                } catch let failure as NativeError {
                    throw RuntimeError(message: failure.message, location: location)
                }
                try runtime.checkAfterNativeCall(location)
            })
        case .subscriptAccess(let base, let arguments):
            // The checker's type (`checkerType`): the base's type picks a native subscript setter; otherwise the other store paths compile it.
            guard case .native(let typeName) = checkerType(base), let setters = registry.types[typeName]?.subscriptSetters,
                  !setters.isEmpty else { return nil }
            if op != "=" { return compileNativeReadModifyWrite(op, target, value, at: location) }
            // The setters take the indices and then the value, labelled `newValue`: overloads are chosen as for a call.
            let receiver = compileExpr(base, expected: nil)
            let newValue = Argument(label: "newValue", value: value, location: value.location)
            return compileNativeCall(setters, receiver: receiver, arguments + [newValue], at: location)
        default:
            return nil
        }
    }

    /// `target op= value` as `target = target op value`, with the receiver, the calling indices and the right side
    /// kept in hidden constants first (literals and names stay as written, so literals still adapt to the operator).
    private func compileNativeReadModifyWrite(_ op: String, _ target: Expr, _ value: Expr, at location: SourceLocation) -> Typed {
        withScope { () -> Typed in
            var stores: [(Frame) throws -> Void] = []
            func hidden(_ expr: Expr) -> Expr? { hiddenNativeOperand(expr, into: &stores) }
            var rewritten = target
            switch target.kind {
            case .member(let base?, let name, let nameLocation):
                guard let newBase = hidden(base) else { return .invalid }
                rewritten = Compiler.copy(target, kind: .member(newBase, name, nameLocation))
            case .subscriptAccess(let base, var arguments):
                guard let newBase = hidden(base) else { return .invalid }
                for index in arguments.indices {
                    guard let argument = hidden(arguments[index].value) else { return .invalid }
                    arguments[index].value = argument
                }
                rewritten = Compiler.copy(target, kind: .subscriptAccess(newBase, arguments))
            default:
                return .invalid
            }
            guard let operand = hidden(value) else { return .invalid }
            let combined = Expr(.binary(String(op.dropLast()), rewritten, operand, location), at: location)
            guard let stored = compileNativeStore("=", rewritten, combined, at: location) else { return .invalid }
            return stored.prefixed(by: stores)
        }
    }
}
