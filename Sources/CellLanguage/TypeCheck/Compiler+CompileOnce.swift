extension Compiler {
    /// A pointer to the slot of the (non-word) variable `expr` names and the variable's declared type (the type the
    /// name reads as), or nil when `expr` is not a plain variable.
    func typedVariableSlot(_ expr: Expr) -> (slot: (Frame) -> UnsafeMutablePointer<Value>, type: CType)? {
        guard let slot = variableSlot(expr), case .name(let name) = expr.kind,
              case .variable(let variable)? = nameBinding(name, node: expr) else { return nil }
        typeTable.recordVariable(expr, scope: scope, type: variable.type, specialization: recordedSpecialization)
        return (slot, variable.type)
    }

    /// Compiles `exprs` (each without a contextual type) for the code that runs when every one's type (`knownType`:
    /// the checker's) satisfies `fits`; otherwise returns nil with nothing compiled (the caller's other path then
    /// compiles them). An expression whose type neither the checker nor a declaration tells is compiled to learn it,
    /// its code thrown away when it does not fit. One compilation where a type-only one and the real one once were two
    /// (`xs[i] = v` in place: the index is compiled once).
    /// Each call counts as a type request from the caller's `file`:`line` (`nbrun debug counts`).
    func compileIf(_ exprs: [Expr], file: StaticString = #fileID, line: UInt = #line,
                   typeFits fits: (CType) -> Bool) -> [Typed]? {
        let site = compileCounts.noteTypeRequest(file: file, line: line)
        var unknown = false
        for expr in exprs {
            guard let known = knownType(expr, site: site) else { unknown = true; continue }
            if !fits(known) { return nil }
        }
        if unknown { compileCounts.noteCompiledType(site: site) }
        let saved = diagnostics, savedErrorHandling = errorHandling
        var compiled: [Typed] = []
        for expr in exprs {
            let typed = compileExpr(expr, expected: nil)
            guard fits(typed.type) else {
                diagnostics = saved
                errorHandling = savedErrorHandling
                compileCounts.noteThrowAwayCompilation(site: site)
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
