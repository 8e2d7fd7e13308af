import Diagnostics

/// The types the generator asks for before it compiles a node (which member, overload or path applies to it). Issue
/// 12: the generator reads every expression's type from the checker's typed AST and computes none. Where the checker
/// left a node untyped, a declared fact answers (`declaredType`); where neither does, the generator cannot build code
/// for the node (`cannotGenerate`). Each request is counted (`CompileCounts.typeRequests`, `nbrun debug counts`).
extension Compiler {
    /// The type of `expr` without a contextual type, the checker's (or a declared fact when the checker left `expr`
    /// untyped); `.error` when neither tells, reported as a node the generator cannot build code for.
    func checkerType(_ expr: Expr, file: StaticString = #fileID, line: UInt = #line) -> CType {
        let site = compileCounts.noteTypeRequest(file: file, line: line)
        if let type = knownType(expr, site: site) { return type }
        compileCounts.noteUnansweredType(site: site)
        cannotGenerate(at: expr.location)
        return .error
    }

    /// `checkerType` for a request whose caller has another way when neither the checker nor a declaration tells:
    /// nil then, nothing reported.
    func knownType(_ expr: Expr, file: StaticString = #fileID, line: UInt = #line) -> CType? {
        let site = compileCounts.noteTypeRequest(file: file, line: line)
        guard let type = knownType(expr, site: site) else {
            compileCounts.noteUnansweredType(site: site)
            return nil
        }
        return type
    }

    /// The checker's type of `expr` without a contextual type (a literal's type alone included), else its declared
    /// type (counted at `site`), else the checker's type of it against its contextual type.
    func knownType(_ expr: Expr, site: String?) -> CType? {
        if case .name(let name) = expr.kind { noteVariableRequest(expr, name) }
        if let checked = checkedTypeWithoutContext(expr) { return checked }
        if Compiler.readsCheckedTypes, let literal = typeTable.checked?.literalTypeAlone(of: typeTable.sameTypeNode(expr)) {
            return literal
        }
        if let declared = declaredType(expr) {
            compileCounts.noteDeclaredType(site: site)
            return declared
        }
        // A node the checker typed only against its contextual type (a native call's argument where the oracle's
        // generator ranks the overloads itself): that type.
        return checkedType(expr)
    }

    /// What the declarations and the language say of `expr`, when the checker left it untyped: the declared type of
    /// the variable a name reads (the `self` the generator writes for an implicit member included), of a stored
    /// property read on a struct or class value (a `T!` or weak field aside) or named alone for `self.name`,
    /// `.error` for a declared type's name written alone (no value), and a number, Boolean or plain string literal's
    /// default type (`[Int]` or `[Double]` for an array of number literals). Nil for anything else.
    private func declaredType(_ expr: Expr) -> CType? {
        switch expr.kind {
        case .name(let name):
            let resolved = resolvedName(name, node: expr) ?? scopeName(name, at: expr.location)
            if case .member(let member) = resolved, case .member(_?, _, _) = member.kind {
                return checkedTypeWithoutContext(member) ?? declaredType(member)
            }
            if case .binding(nil) = resolved, isUserTypeNameAlone(name) { return .error }
            guard case .binding(.variable(let variable)?) = resolved, !isCheckedLentAccess(variable) else { return nil }
            return variable.type
        case .member(let base?, let name, _) where !name.hasPrefix("$"):
            guard case .user(let type)? = checkedTypeWithoutContext(base) ?? declaredType(base),
                  type.kind == .structure || type.kind == .classType,
                  let index = type.fieldIndex(name), !type.fields[index].holdsWeakly,
                  !(hasImplicitlyUnwrapped && type.fields[index].isImplicitlyUnwrapped) else { return nil }
            return type.fields[index].type
        case .stringLiteral where Compiler.isPlainTextLiteral(expr): return .string
        case .intLiteral where expr.largeLiteral == nil: return .int
        case .floatLiteral: return .double
        case .boolLiteral: return .bool
        case .array(let elements) where !elements.isEmpty && elements.allSatisfy(Compiler.isPlainNumberLiteral):
            return .array(elements.contains(where: \.containsFloatLiteral) ? .double : .int)
        default: return nil
        }
    }

    /// A type request for the variable the name `expr` reads: the read's accesses noted as compiling it notes them
    /// (its diagnostics dropped), and its declared type recorded in the typed AST (a receiver mutated in its slot,
    /// `xs.append(1)`, is never compiled as a value).
    private func noteVariableRequest(_ expr: Expr, _ name: String) {
        guard case .binding(.variable(let variable)?) = resolvedName(name, node: expr) ?? scopeName(name, at: expr.location),
              !isCheckedLentAccess(variable) else { return }
        let saved = diagnostics
        noteAccess(variable)
        diagnostics = saved
        typeTable.recordVariable(expr, scope: scope, type: variable.type, specialization: recordedSpecialization)
    }

    /// Whether `name`, bound to nothing, is a declared type's name written alone as a value (which `compileName`
    /// refuses: its type is `.error`), and not an operator, a math function or a native function of that name.
    private func isUserTypeNameAlone(_ name: String) -> Bool {
        guard declarations.userTypes[name] != nil, let first = name.unicodeScalars.first,
              !"+-*/<>=!&|".unicodeScalars.contains(first) else { return false }
        return Compiler.unaryMathFunctions[name] == nil && Compiler.binaryMathFunctions[name] == nil
            && registry.functions[name] == nil
    }
}
