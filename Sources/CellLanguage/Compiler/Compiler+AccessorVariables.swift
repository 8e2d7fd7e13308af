import Diagnostics

/// Variables declared with accessors outside a type (see `AccessorVariable`): computed variables and stored
/// variables with observers, at a cell's top level or in a function.
extension Compiler {
    /// The placeholder closure of a `var` statement declared with accessors, and its accessors.
    static func variableAccessors(_ value: Expr?) -> (ClosureLiteral, VariableAccessors)? {
        guard let value, case .closure(let literal) = value.kind, let accessors = literal.accessors else { return nil }
        return (literal, accessors)
    }

    /// Declares the variable and returns the code storing its accessors (and an observed variable's initial value).
    func compileAccessorVariable(_ pattern: BindingPattern, typeExpr: TypeExpr?, _ declaration: (ClosureLiteral, VariableAccessors),
                                 at location: SourceLocation) -> ((Frame) throws -> Flow)? {
        let (placeholder, accessors) = declaration
        guard case .name(let name, _) = pattern else { return nil }
        var type = typeExpr.map(resolveType)
        var initial: Typed?
        if let expr = accessors.initialValue {
            var typed = compileExpr(expr, expected: type)
            if let declared = type { typed = converted(typed, to: declared, at: expr.conversionLocation) }
            type = type ?? typed.type
            initial = typed
        }
        guard let type else {
            cannotGenerate(at: location)  // reported by the lowering (`type annotation missing in pattern`)
            return nil
        }
        let variable = AccessorVariable(name: name, type: type, location: location)
        variable.cell = currentCell
        scope.names[name] = .accessor(variable)
        noteDeclared(name, at: location)
        var stores: [(Frame) throws -> Void] = []
        func hidden(_ role: String, _ typed: Typed) -> VariableInfo {
            let info = declareVariable("\(name).\(role)", type: typed.type, isLet: false, at: location)
            stores.append(store(info, typed))
            return info
        }
        if accessors.isComputed {
            let getter = resultBuilderGetter(placeholder, accessors)
            variable.getter = hidden("get", compileClosure(getter, parameterHints: [], returnHint: type, at: location))
            // A getter that may end without returning is the flow checks' mistake (`FlowChecks.computedVariableReturn`).
            if let setter = accessors.setter {
                variable.setter = hidden("set", accessorClosure(setter, type: type))
            }
        } else {
            guard let initial else {
                cannotGenerate(at: location)  // refused by the checks (`UnsupportedConstructs`)
                return nil
            }
            variable.storage = hidden("value", initial)
            variable.observing = true
            if let willSet = accessors.willSet { variable.willSet = hidden("willSet", accessorClosure(willSet, type: type)) }
            if let didSet = accessors.didSet { variable.didSet = hidden("didSet", accessorClosure(didSet, type: type)) }
            variable.observing = false
        }
        return { frame in
            for store in stores { try store(frame) }
            return .normal
        }
    }

    /// A `set`, `willSet` or `didSet` accessor as a closure taking the value.
    private func accessorClosure(_ accessor: TypeDecl.Accessor, type: CType) -> Typed {
        let literal = ClosureLiteral(parameters: [(accessor.parameter, nil)], returnType: nil, body: accessor.body, anonymousCount: 0,
                                     hasExplicitParameters: true)
        return compileClosure(literal, parameterHints: [type], returnHint: .void, at: accessor.location)
    }

    /// Reading a variable declared with accessors: its getter's result, or an observed variable's value.
    func loadAccessorVariable(_ variable: AccessorVariable) -> Typed {
        if let storage = variable.storage { return load(storage) }
        guard let getter = variable.getter else { return .invalid }
        let code = load(getter).value
        return Typed.fromValue(variable.type) { frame in
            guard case .function(let function) = try code(frame) else { return .void }
            return try function.call([])
        }
    }

    /// A variable declared with accessors as a place: get, change, set for a computed variable; the observers
    /// around the store for an observed one (except inside its own observers).
    func accessorVariablePlace(_ variable: AccessorVariable, at location: SourceLocation) -> Place? {
        if let storage = variable.storage {
            if variable.observing { return variablePlace(storage) }
            return observedStoragePlace(variablePlace(storage), willSet: variable.willSet.map(closureCaller),
                                        didSet: variable.didSet.map(closureCaller))
        }
        // A variable with a getter alone: the checker's mistake (`TypeChecker.reportsGetOnlyTarget`).
        guard variable.getter != nil, let setter = variable.setter else {
            cannotGenerate(at: location)
            return nil
        }
        let get = loadAccessorVariable(variable).value
        let set = closureCaller(setter)
        return Place(type: variable.type, modify: { frame, body in
            var value = try get(frame)
            try body(&value)
            try set(frame, value)
        }, assign: { newValue in
            let boxed = newValue.value
            return { frame in try set(frame, try boxed(frame)) }
        }, read: get, write: set)
    }

    /// Code calling the one-parameter closure held by a hidden variable.
    private func closureCaller(_ holder: VariableInfo) -> (Frame, Value) throws -> Void {
        let code = load(holder).value
        return { frame, argument in
            guard case .function(let function) = try code(frame) else { return }
            _ = try function.call([argument])
        }
    }
}
