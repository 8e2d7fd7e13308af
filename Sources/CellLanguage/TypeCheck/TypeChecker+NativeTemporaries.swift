import Diagnostics

/// Changes of a native value that nothing else holds (issue 12), reported by the checker at the token the generator
/// used to report them (`Compiler+NativeWriteBack`, `Compiler+TemporaryChanges`): a change of what a method, function
/// or operator of a type whose results are new values returned (`x.reshaped([4])[0] = v`, `(x * 2).zeroGrad()`: swiftc's
/// messages for a struct method's result), a store or mutating method through a get-only property that returns a
/// copy (`x.T[0, 1] = v`, `x.scalars[0] = v`, `x.T.assign([…])`: swiftc's messages for a struct's get-only property),
/// and state a copy's write-back does not carry (`x[0].zeroGrad()`, `x[0].grad = nil`: nbrun's own message).
extension TypeChecker {
    /// The receiver a native copy or new value is read from, as the checker typed it.
    private enum NativeTemporaryKind {
        case copy(access: String)
        case newValue(source: String)
    }

    /// Reports `target op value` (`op` at `location`) when it changes a native copy or new value the change would be
    /// lost with; the error type after reporting, nil (nothing checked) otherwise.
    func nativeTemporaryStoreMistake(_ op: String, _ target: Expr, at location: SourceLocation) -> CType? {
        let receiver: Expr
        switch target.kind {
        case .member(let base?, _, _), .subscriptAccess(let base, _): receiver = base
        default: return nil
        }
        let mark = beginTrial()
        var typeName: String?
        if case .native(let name)? = check(receiver, expected: nil) { typeName = name }
        guard let (mistake, position) = nativeTemporaryStore(op, target, receiver: nativeSubscriptForm(receiver) ?? receiver,
                                                             typeName: typeName)
        else {
            rollback(to: mark)
            return nil
        }
        commit(mark)
        // A compound assignment at its operator, in swiftc's words (`x.T[0] += 1`: "left side of mutating operator
        // isn't mutable: 'T' is a get-only property").
        switch mistake {
        case .changeOfCallResult(_, let source) where op != "=":
            report(.changeOfCallResult(access: "left side of mutating operator isn't mutable", source: source), at: location)
        case .getOnlyProperty(let name) where op != "=", .getOnlyPropertyThroughSubscript(let name) where op != "=":
            report(.mutatingOperatorOnGetOnly(name), at: location)
        default:
            report(mistake, at: position)
        }
        return .error
    }

    /// The mistake of a store into `target` through `receiver` (already checked), and its position.
    private func nativeTemporaryStore(_ op: String, _ target: Expr, receiver: Expr,
                                      typeName: String?) -> (CompileError, SourceLocation)? {
        if case .newValue(let source)? = nativeTemporaryKind(receiver) {
            switch target.kind {
            case .subscriptAccess: return (.changeOfCallResult(access: "cannot assign through subscript", source: source), target.location)
            case .member(_, _, let nameLocation):
                return (.changeOfCallResult(access: "cannot assign to property", source: source), nameLocation)
            default: return nil
            }
        }
        if case .subscriptAccess = target.kind, case .member(let base?, let name, _) = receiver.kind,
           case .native(let typeName)? = checked.type(of: base), let property = compiler.registry.types[typeName]?.properties[name],
           property.set == nil, !Compiler.isNativeReference(property.type) {
            return (.getOnlyPropertyThroughSubscript(name), target.location)  // `x.scalars[0] = v`, at the `[` as swiftc
        }
        // `x.T[0, 1] = v` at the `[`, `x.T.grad = nil` at `grad`, as swiftc reports a struct's get-only property.
        if case let (name, false)? = nativeCopyingProperty(receiver) {
            switch target.kind {
            case .subscriptAccess: return (.getOnlyPropertyThroughSubscript(name), target.location)
            case .member(_, _, let memberLocation): return (.getOnlyProperty(name), memberLocation)
            default: return nil
            }
        }
        guard case .member(_, let name, let nameLocation) = target.kind, let typeName,
              compiler.registry.types[typeName]?.properties[name]?.setChangesState == true,
              case .copy(let access)? = nativeTemporaryKind(receiver) else { return nil }
        return (.stateChangeOfCopy(change: "cannot assign to '\(name)' of", access: access), nameLocation)
    }

    /// Reports the native method `name` of `typeName` called on `base` (already checked) when it changes a copy or
    /// new value the change would be lost with, at the method's name; the error type after reporting, nil otherwise.
    func nativeTemporaryCallMistake(_ base: Expr, _ typeName: String, _ name: String, at nameLocation: SourceLocation) -> CType? {
        guard let methods = compiler.registry.types[typeName]?.methods[name] else { return nil }
        let receiver = nativeSubscriptForm(base) ?? base
        let mistake: CompileError
        if methods.contains(where: \.changesState), let temporary = nativeTemporaryKind(base) {
            switch temporary {
            case .copy(let access): mistake = .stateChangeOfCopy(change: "cannot use '\(name)' on", access: access)
            case .newValue(let source):
                mistake = .changeOfCallResult(access: "cannot use mutating member on immutable value", source: source)
            }
        } else if methods.contains(where: \.changesReceiver) {
            if case .newValue(let source)? = nativeTemporaryKind(receiver) {
                mistake = .changeOfCallResult(access: "cannot use mutating member on immutable value", source: source)
            } else if case let (property, false)? = nativeCopyingProperty(receiver) {
                mistake = .mutatingMemberOnGetOnly(property)  // at the method's name, as swiftc
            } else {
                return nil
            }
        } else {
            return nil
        }
        report(mistake, at: nameLocation)
        return .error
    }

    /// The name of the native property that returns a copy `expr` reads (`x.T`, `attention.queryWeight`), and whether
    /// it has a setter; nil for any other expression.
    private func nativeCopyingProperty(_ expr: Expr) -> (name: String, settable: Bool)? {
        guard case .member(let base?, let name, _) = expr.kind, case .native(let typeName)? = checked.type(of: base),
              let property = compiler.registry.types[typeName]?.properties[name], property.returnsCopy else { return nil }
        return (name, property.set != nil)
    }

    /// Whether `expr` (checked) is a copy or a new value of a native type, and which; nil for what the cell may hold.
    private func nativeTemporaryKind(_ expr: Expr) -> NativeTemporaryKind? {
        if let alias = nativeSubscriptForm(expr), case .call(let callee, _) = expr.kind, case .member(_, let name, _) = callee.kind,
           case .copy? = nativeTemporaryKind(alias) {
            return .copy(access: "'\(name)(_:)'")
        }
        if let (name, _) = nativeCopyingProperty(expr) { return .copy(access: "'\(name)'") }
        if case .subscriptAccess(let base, _) = expr.kind, case .native(let typeName)? = checked.type(of: base),
           compiler.registry.types[typeName]?.subscriptsReturnCopies == true {
            return .copy(access: "a subscript of '\(typeName)'")
        }
        switch expr.kind {
        case .binary, .prefix, .call: break
        default: return nil
        }
        guard case .native(let typeName)? = checked.type(of: expr),
              compiler.registry.types[typeName]?.methodsReturnNewValues == true else { return nil }
        switch expr.kind {
        case .binary(let op, _, _, _) where compiler.registry.operators[op] != nil: return .newValue(source: "binary operator")
        case .prefix(let op, _) where compiler.registry.operators[op] != nil: return .newValue(source: "unary operator")
        case .call(let callee, _):
            switch callee.kind {
            case .member(let base?, _, _):
                guard case .native(let baseType)? = checked.type(of: base),
                      compiler.registry.types[baseType]?.methodsReturnNewValues == true else { return nil }
                return .newValue(source: "function call")
            case .name(let name) where Self.isBuiltinReferent(resolution.referent(of: callee))
                && compiler.declarations.userTypes[name] == nil:
                if let functions = compiler.registry.functions[name] {
                    return functions.contains(where: \.sharesResult) ? nil : .newValue(source: "'\(name)'")
                }
                return compiler.registry.types[name] != nil ? .newValue(source: "function call") : nil
            default:
                return nil
            }
        default:
            return nil
        }
    }

    /// `layer.parameter("bias")` as the subscript `layer["bias"]` when the method is a subscript alias of its type.
    private func nativeSubscriptForm(_ expr: Expr) -> Expr? {
        guard case .call(let callee, let arguments) = expr.kind, case .member(let base?, let name, _) = callee.kind,
              case .native(let typeName)? = checked.type(of: base),
              compiler.registry.types[typeName]?.subscriptAliases.contains(name) == true else { return nil }
        return Compiler.copy(expr, kind: .subscriptAccess(base, arguments))
    }

    /// Whether a called name is no declaration of the cell (the bindings' or the standard library's).
    private static func isBuiltinReferent(_ referent: Referent?) -> Bool {
        switch referent {
        case nil, .builtin?, .unresolved?: return true
        default: return false
        }
    }
}
