import Diagnostics

extension Compiler {
    /// A native receiver that nothing else holds, so a change of it would be lost.
    enum NativeTemporary {
        /// A copy read through a subscript or property that returns copies (`x[0]`, `x.T`, `attention.queryWeight`):
        /// a value-changing method or store is written back, but not state the write-back does not carry.
        case copy(access: String)
        /// A new value: the result of a method, function or operator of a type whose results are new values
        /// (`x.reshaped([4])`, `matmul(a, b)`, `x * 2`); `source` names it as swiftc does (`binary operator`).
        case newValue(source: String)
    }

    /// Whether `expr` is a copy or a new value of a native type, and which; nil for what the cell may hold elsewhere.
    func nativeTemporary(_ expr: Expr) -> NativeTemporary? {
        if let subscriptForm = subscriptForm(expr), case .call(let callee, _) = expr.kind, case .member(_, let name, _) = callee.kind,
           case .copy? = nativeTemporary(subscriptForm) {
            return .copy(access: "'\(name)(_:)'")
        }
        if let copying = nativeCopyingAccess(expr) {
            switch copying {
            case .property(let name, _, _): return .copy(access: "'\(name)'")
            case .subscriptAccess:
                // The checker's type (`checkerType`): a diagnosis query (is this a temporary?) asked before the receiver compiles.
                guard case .subscriptAccess(let base, _) = expr.kind, case .native(let typeName) = checkerType(base) else {
                    return nil
                }
                return .copy(access: "a subscript of '\(typeName)'")
            }
        }
        // Only an operator or a call makes a new value: any other form needs no type (its compilation follows).
        switch expr.kind {
        case .binary, .prefix, .call: break
        default: return nil
        }
        // The checker's type (`checkerType`): a diagnosis query (is this a temporary?) asked before the receiver compiles.
        guard case .native(let typeName) = checkerType(expr), registry.types[typeName]?.methodsReturnNewValues == true else {
            return nil
        }
        switch expr.kind {
        case .binary(let op, _, _, _) where registry.operators[op] != nil: return .newValue(source: "binary operator")
        case .prefix(let op, _) where registry.operators[op] != nil: return .newValue(source: "unary operator")
        case .call(let callee, _):
            switch callee.kind {
            case .member(let base?, _, _):
                // The checker's type (`checkerType`): a diagnosis query (is this a temporary?) asked before the receiver compiles.
                guard case .native(let baseType) = checkerType(base), registry.types[baseType]?.methodsReturnNewValues == true
                else { return nil }
                return .newValue(source: "function call")
            case .name(let name) where nameBinding(name, node: callee) == nil && userType(named: name) == nil:
                if let functions = registry.functions[name] {
                    return functions.contains(where: \.sharesResult) ? nil : .newValue(source: "'\(name)'")
                }
                return registry.types[name] != nil ? .newValue(source: "function call") : nil
            default:
                return nil
            }
        default:
            return nil
        }
    }

    /// `layer.parameter("bias")` as the subscript `layer["bias"]` when the method is one of the type's
    /// `NativeType.subscriptAliases`, so a change through it is written back as through the subscript; nil otherwise.
    func subscriptForm(_ expr: Expr) -> Expr? {
        guard case .call(let callee, let arguments) = expr.kind, case .member(let base?, let name, _) = callee.kind,
              // The checker's type (`checkerType`): whether a call is a subscript in disguise is decided before it compiles.
              case .native(let typeName) = checkerType(base),
              registry.types[typeName]?.subscriptAliases.contains(name) == true else { return nil }
        return Compiler.copy(expr, kind: .subscriptAccess(base, arguments))
    }

    /// `x[0].zeroGrad()`, `(x * 2).setRequiresGrad(false)`, `x.T.zeroGrad()`: a method that changes state a copy's
    /// write-back does not carry (`NativeFunction.changesState`) called on a copy or a new value. The change would be
    /// lost (PyTorch changes `requires_grad` of leaf tensors only), so it is refused at the method's name. Nil when
    /// the call is not such a change.
    func refuseStateChangeOfTemporary(_ base: Expr, _ typeName: String, _ name: String, at location: SourceLocation) -> Typed? {
        guard registry.types[typeName]?.methods[name]?.contains(where: \.changesState) == true,
              let temporary = nativeTemporary(base) else { return nil }
        switch temporary {
        case .copy(let access): error(.stateChangeOfCopy(change: "cannot use '\(name)' on", access: access), at: location)
        case .newValue(let source):
            error(.changeOfCallResult(access: "cannot use mutating member on immutable value", source: source), at: location)
        }
        return .invalid
    }

    /// `x[0].grad = nil`: a store through a setter that changes state a copy's write-back does not carry
    /// (`NativeType.Property.setChangesState`) on a copy, refused at the property's name. Nil for every other store.
    func refuseStateStoreOnCopy(_ receiver: Expr, target: Expr) -> Typed? {
        guard case .member(_, let name, let nameLocation) = target.kind,
              // The checker's type (`checkerType`): a diagnosis query (a state store on a copy?) asked before the receiver compiles.
              case .native(let typeName) = checkerType(receiver),
              registry.types[typeName]?.properties[name]?.setChangesState == true,
              case .copy(let access)? = nativeTemporary(receiver) else { return nil }
        error(.stateChangeOfCopy(change: "cannot assign to '\(name)' of", access: access), at: nameLocation)
        return .invalid
    }
}
