import Diagnostics

extension Compiler {
    /// Records what the node compiling resolved to (a declared function, a standard-library entry, a native
    /// binding…) in the typed AST; nothing during a type-only compilation, whose code is thrown away.
    func noteResolution(_ resolution: CalleeResolution) {
        if typeOnlyDepth == 0 { typeTable.pending = resolution }
    }

    /// Records an implicit conversion applied to the value of the node compiled last, at `location`.
    func noteConversion(_ conversion: Conversion, at location: SourceLocation) {
        if typeOnlyDepth == 0 { typeTable.noteConversion(conversion, at: location) }
    }

    /// The type `compileExprTypeOnly` would find for `expr`, known without compiling it: the declared type of a
    /// variable named alone, a literal's default type, or the type the node had when it compiled for the code that
    /// runs, without a contextual type, in the same scope (the typed AST). Nil when only compiling it tells.
    func typeKnownWithoutCompiling(_ expr: Expr) -> CType? {
        switch expr.kind {
        case .name(let name):
            // What `compileName` does without a contextual type: a variable reads as its declared type.
            guard case .binding(.variable(let variable)?) = resolvedName(name, node: expr) ?? scopeName(name, at: expr.location),
                  !isCheckedLentAccess(variable) else { break }
            // The read's side effects as the throw-away compile had them, its diagnostics dropped.
            let saved = diagnostics
            noteAccess(variable)
            diagnostics = saved
            if typeOnlyDepth == 0 { typeTable.recordVariable(expr, scope: scope, type: variable.type, specialization: recordedSpecialization) }
            return variable.type
        case .member(let base?, let name, _) where !hasImplicitlyUnwrapped && !name.hasPrefix("$"):
            // A stored property read on a struct or class value whose type is known: the field's declared type.
            guard case .user(let type)? = knownType(base), type.kind == .structure || type.kind == .classType,
                  let index = type.fieldIndex(name), !type.fields[index].holdsWeakly else { break }
            return type.fields[index].type
        case .stringLiteral(let parts) where parts.allSatisfy({ if case .text = $0 { true } else { false } }):
            return .string
        case .intLiteral where expr.largeLiteral == nil: return .int
        case .floatLiteral: return .double
        case .boolLiteral: return .bool
        default: break
        }
        if let checked = checkedTypeWithoutContext(expr) { return checked }
        return optionalChainSpine.isEmpty ? typeTable.typeWithoutContext(of: expr, in: scope) : nil
    }

    /// The type of `expr` from the type-only memo or `typeKnownWithoutCompiling`, without compiling anything.
    private func knownType(_ expr: Expr) -> CType? {
        if optionalChainSpine.isEmpty,
           let type = typeMemo.types[TypeMemo.Key(node: expr, scope: scope)] {
            return type
        }
        return typeKnownWithoutCompiling(expr)
    }
}
