import Diagnostics

extension Compiler {
    /// `x[0][1] = v`, `attention.queryWeight[0, 0] = v`, `x[0][1] += v`: a store whose receiver is a native subscript or
    /// property that returns a copy (`NativeType.subscriptsReturnCopies`, `Property.returnsCopy`). As for a Swift
    /// value, the copy is read once, changed, and written back through the subscript or property setter; a get-only
    /// property is refused at its name with swiftc's message (`x.T[0, 1] = v`, and `x.scalars[0] = v` through a
    /// get-only property of a value type: "cannot assign through subscript: 'T' is a get-only property"). Without
    /// the write-back the store would change a copy and be lost. Nil for every other store.
    func compileNativeWriteBack(_ op: String, _ target: Expr, _ value: Expr, at location: SourceLocation) -> Typed? {
        let receiver: Expr
        switch target.kind {
        case .member(let base?, _, _): receiver = base
        case .subscriptAccess(let base, _): receiver = base
        default: return nil
        }
        if let alias = subscriptForm(receiver) {  // `layer.parameter("queryWeight")[0, 0] = v` as `layer["queryWeight"][0, 0] = v`
            switch target.kind {
            case .member(_, let name, let nameLocation):
                return compileNativeWriteBack(op, Compiler.copy(target, kind: .member(alias, name, nameLocation)), value, at: location)
            case .subscriptAccess(_, let arguments):
                return compileNativeWriteBack(op, Compiler.copy(target, kind: .subscriptAccess(alias, arguments)), value, at: location)
            default: return nil
            }
        }
        if case .subscriptAccess = target.kind, case .member(let base?, let name, let nameLocation) = receiver.kind,
           // The checker's type (`checkerType`): whether the store is refused (a copy) is decided before anything compiles.
           case .native(let typeName) = checkerType(base), let property = registry.types[typeName]?.properties[name],
           property.set == nil, !Compiler.isNativeReference(property.type) {
            // `x.scalars[0] = v`: the array is a copy that cannot be stored back (the checker reports it).
            cannotGenerate(at: nameLocation)
            return .invalid
        }
        guard let copying = nativeCopyingAccess(receiver) else { return nil }
        if case .property(_, let nameLocation, let settable) = copying, !settable {
            cannotGenerate(at: nameLocation)  // no setter to write the copy back through (the checker reports it)
            return .invalid
        }
        return withScope { () -> Typed in
            var stores: [(Frame) throws -> Void] = []
            guard let (copy, source) = hiddenCopy(of: receiver, into: &stores) else { return .invalid }
            let changedTarget: Expr
            switch target.kind {
            case .member(_, let name, let nameLocation): changedTarget = Compiler.copy(target, kind: .member(copy, name, nameLocation))
            case .subscriptAccess(_, let arguments): changedTarget = Compiler.copy(target, kind: .subscriptAccess(copy, arguments))
            default: return .invalid
            }
            guard let changed = compileNativeStore(op, changedTarget, value, at: location) else { return .invalid }
            if changed.type.hasError { return .invalid }
            let change = changed.value
            stores.append { frame in _ = try change(frame) }
            guard let written = compileNativeStore("=", source, copy, at: location) else { return .invalid }
            return written.prefixed(by: stores)
        }
    }

    /// `x[0].assign([…])`, `attention.queryWeight.assign([…])`: a native method that changes its receiver
    /// (`NativeFunction.changesReceiver`) called on a copy. As a Swift value's mutating method, it changes the copy,
    /// which is then written back through the setter (refused when there is none: `x.T.assign([…])`). Nil for every
    /// other method call.
    func compileNativeMutatingCallOnCopy(_ base: Expr, _ typeName: String, _ name: String, _ arguments: [Argument],
                                         at location: SourceLocation) -> Typed? {
        guard registry.types[typeName]?.methods[name]?.contains(where: \.changesReceiver) == true else { return nil }
        if let alias = subscriptForm(base) { return compileNativeMutatingCallOnCopy(alias, typeName, name, arguments, at: location) }
        guard let copying = nativeCopyingAccess(base) else { return nil }
        if case .property(_, let nameLocation, let settable) = copying, !settable {
            cannotGenerate(at: nameLocation)  // no setter to write the copy back through (the checker reports it)
            return .invalid
        }
        return withScope { () -> Typed in
            var stores: [(Frame) throws -> Void] = []
            guard let (copy, source) = hiddenCopy(of: base, into: &stores) else { return .invalid }
            let call = compileMethodCall(copy, name, arguments, expected: nil, at: location)
            if call.type.hasError { return .invalid }
            guard let written = compileNativeStore("=", source, copy, at: location) else { return .invalid }
            let run = call.value, write = written.value
            let combined = call.type == .void
                ? Typed(type: .void, code: .void { frame in _ = try run(frame); _ = try write(frame) })
                : Typed.fromValue(call.type) { frame in
                    let result = try run(frame)
                    _ = try write(frame)
                    return result
                }
            return combined.prefixed(by: stores)
        }
    }

    /// Reads the copy `receiver` returns into a hidden constant, after its own receiver and indices (evaluated once,
    /// unless the receiver is itself a copy, as in `x[0][1][2] = v`: it is then written back in turn, and read again
    /// for that). Returns the copy's name and the access to store it back through.
    private func hiddenCopy(of receiver: Expr, into stores: inout [(Frame) throws -> Void]) -> (copy: Expr, source: Expr)? {
        func hidden(_ expr: Expr) -> Expr? {
            nativeCopyingAccess(expr) == nil ? hiddenNativeOperand(expr, into: &stores) : expr
        }
        var source = receiver
        switch receiver.kind {
        case .member(let base?, let name, let nameLocation):
            guard let newBase = hidden(base) else { return nil }
            source = Compiler.copy(receiver, kind: .member(newBase, name, nameLocation))
        case .subscriptAccess(let base, var arguments):
            guard let newBase = hidden(base) else { return nil }
            for index in arguments.indices {
                guard let argument = hidden(arguments[index].value) else { return nil }
                arguments[index].value = argument
            }
            source = Compiler.copy(receiver, kind: .subscriptAccess(newBase, arguments))
        default:
            return nil
        }
        guard let copy = hiddenNativeOperand(source, into: &stores, named: "$copy\(Compiler.accessDepth(source))") else {
            return nil
        }
        return (copy, source)
    }

    /// The kinds of native access whose result is a copy.
    enum NativeCopyingAccess {
        case property(String, SourceLocation, settable: Bool)
        case subscriptAccess
    }

    /// Whether `expr` reads a copy through a native subscript or property, and which.
    func nativeCopyingAccess(_ expr: Expr) -> NativeCopyingAccess? {
        switch expr.kind {
        case .subscriptAccess(let base, _):
            // The checker's type (`checkerType`): a query (is this access a copy?) asked before the expression compiles.
            guard case .native(let typeName) = checkerType(base),
                  registry.types[typeName]?.subscriptsReturnCopies == true else { return nil }
            return .subscriptAccess
        case .member(let base?, let name, let nameLocation):
            // The checker's type (`checkerType`): a query (is this access a copy?) asked before the expression compiles.
            guard case .native(let typeName) = checkerType(base),
                  let property = registry.types[typeName]?.properties[name], property.returnsCopy else { return nil }
            return .property(name, nameLocation, settable: property.set != nil)
        default:
            return nil
        }
    }

    /// How many member and subscript accesses `expr` chains (`x[0][1]`: 2), naming the copies of nested write-backs.
    static func accessDepth(_ expr: Expr) -> Int {
        switch expr.kind {
        case .member(let base?, _, _), .subscriptAccess(let base, _): return 1 + accessDepth(base)
        default: return 0
        }
    }

    /// Whether a native property of this type hands out a shared object rather than a value.
    static func isNativeReference(_ type: CType) -> Bool {
        if case .native = type { return true }
        if case .optional(let wrapped) = type { return isNativeReference(wrapped) }
        return false
    }

    /// `expr` kept in a hidden constant stored first (names and literals stay as written unless `named` is given, so
    /// literals still adapt to an operator); nil when it does not compile.
    func hiddenNativeOperand(_ expr: Expr, into stores: inout [(Frame) throws -> Void], named: String? = nil) -> Expr? {
        if named == nil && (Compiler.isSideEffectFree(expr) || expr.isNumericLiteral) { return expr }
        let typed = compileExpr(expr, expected: nil)
        if typed.type.hasError { return nil }
        let variable = declareVariable(named ?? "$native\(stores.count)", type: typed.type, isLet: true, at: expr.location)
        stores.append(store(variable, typed))
        return Expr(.name(variable.name), at: expr.location)
    }
}
