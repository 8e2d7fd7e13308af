import Diagnostics

extension Compiler {
    /// Declares the top-level names of a cell that failed to parse (variables get an error type, functions are
    /// marked as having errors), so later cells don't report them as unknown.
    func declareNamesOnly(_ statements: [Stmt]) {
        let saved = diagnostics
        for statement in statements {
            switch statement {
            case .variable(let isLet, .name(let name, let location), let typeExpr, _, _):
                let type = typeExpr.map(resolveType) ?? .error
                _ = declareVariable(name, type: type, isLet: isLet, at: location)
            case .function(let decl):
                declareFunction(decl)
                declarations.functionInfos[decl]?.hasErrors = true
            default:
                break
            }
        }
        diagnostics = saved
    }
}

extension Compiler {
    static func isTuple(_ type: CType) -> Bool {
        if case .tuple = type { return true }
        return false
    }

    /// Declares the names of a (possibly nested tuple) pattern for a value of `type`, returning code that stores
    /// a value's parts into them.
    func bindPattern(_ pattern: BindingPattern, type: CType, isLet: Bool,
                     at location: SourceLocation) -> ((Frame, Value) throws -> Void)? {
        switch pattern {
        case .wildcard:
            return { _, _ in }
        case .name(let name, let nameLocation):
            let variable = declareVariable(name, type: type, isLet: isLet, at: nameLocation)
            let slot = variable.slot
            let access = frameAccessor(level: variable.level)
            if type.isWord {
                return { frame, value in access(frame).words[slot] = WordCoding.word(value) }
            }
            return { frame, value in access(frame).values[slot] = value }
        case .tuple(let patterns):
            guard case .tuple(let elements) = type, elements.count == patterns.count else {
                if !type.hasError { cannotGenerate(at: location) }  // no tuple of this length: the checker's mistake
                for inner in patterns { _ = bindPattern(inner, type: .error, isLet: isLet, at: location) }
                return nil
            }
            var binders: [(Frame, Value) throws -> Void] = []
            for (inner, element) in zip(patterns, elements) {
                guard let binder = bindPattern(inner, type: element.type, isLet: isLet, at: location) else { return nil }
                binders.append(binder)
            }
            return { frame, value in
                let parts = value.tupleValue
                for (index, binder) in binders.enumerated() where index < parts.count {
                    try binder(frame, parts[index])
                }
            }
        }
    }
}
