extension Compiler {
    /// A pointer to the slot of the (non-word) variable `expr` names and the variable's declared type (the type a
    /// type-only compilation of the name would find), or nil when `expr` is not a plain variable.
    func typedVariableSlot(_ expr: Expr) -> (slot: (Frame) -> UnsafeMutablePointer<Value>, type: CType)? {
        guard let slot = variableSlot(expr), case .name(let name) = expr.kind,
              case .variable(let variable)? = nameBinding(name, node: expr) else { return nil }
        if typeOnlyDepth == 0 { typeTable.recordVariable(expr, scope: scope, type: variable.type, specialization: recordedSpecialization) }
        return (slot, variable.type)
    }

    /// Compiles `exprs` (each without a contextual type) for the code that runs when every one's type satisfies
    /// `fits`; otherwise returns nil with the diagnostics and error-handling state as they were, as a type-only
    /// compilation would (the caller's other path then compiles them). One compilation where a type-only one and the
    /// real one were two (`xs[i] = v` in place: the index is compiled once).
    /// Each call counts as a type-only request from the caller's `file`:`line`, and a thrown-away compilation as a
    /// type-only compilation there (`nbrun debug counts`).
    func compileIf(_ exprs: [Expr], file: StaticString = #fileID, line: UInt = #line,
                   typeFits fits: (CType) -> Bool) -> [Typed]? {
        let site = compileCounts.noteTypeOnlyRequest(file: file, line: line)
        let memoizable = optionalChainSpine.isEmpty
        func key(_ expr: Expr) -> TypeMemo.Key { TypeMemo.Key(node: expr, scope: scope) }
        for expr in exprs {
            let known = memoizable ? typeMemo.types[key(expr)] : nil
            if let known = known ?? typeKnownWithoutCompiling(expr), !fits(known) { return nil }
        }
        let saved = diagnostics, savedErrorHandling = errorHandling
        var compiled: [Typed] = []
        for expr in exprs {
            let typed = compileExpr(expr, expected: nil)
            guard fits(typed.type) else {
                diagnostics = saved
                errorHandling = savedErrorHandling
                compileCounts.noteTypeOnlyCompilation(site: site)
                if memoizable { typeMemo.types[key(expr)] = typed.type }
                return nil
            }
            compiled.append(typed)
        }
        return compiled
    }

    /// `compileIf` for one expression.
    func compileIf(_ expr: Expr, file: StaticString = #fileID, line: UInt = #line, typeFits fits: (CType) -> Bool) -> Typed? {
        compileIf([expr], file: file, line: line, typeFits: fits)?.first
    }

    /// `compileIf` for expressions that must all have type `type`.
    func compileIfTyped(_ exprs: [Expr], _ type: CType, file: StaticString = #fileID, line: UInt = #line) -> [Typed]? {
        compileIf(exprs, file: file, line: line) { $0 == type }
    }

    /// `compileIf` for one expression that must have type `type`.
    func compileIfTyped(_ expr: Expr, _ type: CType, file: StaticString = #fileID, line: UInt = #line) -> Typed? {
        compileIf([expr], file: file, line: line) { $0 == type }?.first
    }

    /// Whether `type` is a class instance (`C`).
    static func isClassInstance(_ type: CType) -> Bool {
        if case .user(let user) = type { return user.kind == .classType }
        return false
    }

    /// Whether `type` is an optional class instance (`C?`).
    static func isOptionalClassInstance(_ type: CType) -> Bool {
        if case .optional(let wrapped) = type { return isClassInstance(wrapped) }
        return false
    }
}
