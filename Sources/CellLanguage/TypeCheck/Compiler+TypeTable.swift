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
    /// variable or implicit stored property named alone, a literal's default type (arrays of elements of one known
    /// type included), the type the checker gave it without a contextual type (in the specialization compiling, in a
    /// generic body), or the type the node had when it compiled for the code that runs, without a contextual type,
    /// in the same scope (the typed AST). Nil when only compiling it tells.
    func typeKnownWithoutCompiling(_ expr: Expr) -> CType? {
        switch expr.kind {
        case .name(let name):
            // What `compileName` does without a contextual type: a variable reads as its declared type, an implicit
            // member (`items` for `self.items`) as that member would.
            let resolved = resolvedName(name, node: expr) ?? scopeName(name, at: expr.location)
            if case .member(let member) = resolved, case .member(_?, _, _) = member.kind, let type = typeKnownWithoutCompiling(member) {
                return type
            }
            if case .binding(nil) = resolved, isUserTypeNameAlone(name) { return .error }
            guard case .binding(.variable(let variable)?) = resolved, !isCheckedLentAccess(variable) else { break }
            // The read's side effects as the throw-away compile had them, its diagnostics dropped.
            let saved = diagnostics
            noteAccess(variable)
            diagnostics = saved
            if typeOnlyDepth == 0 { typeTable.recordVariable(expr, scope: scope, type: variable.type, specialization: recordedSpecialization) }
            return variable.type
        case .member(let base?, let name, _) where !name.hasPrefix("$"):
            // A stored property read on a struct or class value whose type is known: the field's declared type (a
            // `T!` field aside, whose reads may be unwrapped; a base of a struct or class type is no `T!` read).
            guard case .user(let type)? = knownType(base), type.kind == .structure || type.kind == .classType,
                  let index = type.fieldIndex(name), !type.fields[index].holdsWeakly,
                  !(hasImplicitlyUnwrapped && type.fields[index].isImplicitlyUnwrapped) else { break }
            return type.fields[index].type
        case .stringLiteral where Compiler.isPlainTextLiteral(expr):
            return .string
        case .intLiteral where expr.largeLiteral == nil: return .int
        case .floatLiteral: return .double
        case .boolLiteral: return .bool
        case .array(let elements) where !elements.isEmpty && elements.allSatisfy(Compiler.isPlainNumberLiteral):
            // `[1, 2.5]` alone: `compileArrayLiteral`'s default, Double when any element is a floating-point literal.
            return .array(elements.contains(where: Compiler.containsFloatLiteral) ? .double : .int)
        case .array(let elements) where !elements.isEmpty:
            // `[a, b]` alone whose elements all have the same known type: the first's type is every element's (their
            // common superclass when classes, itself).
            if let first = typeKnownWithoutCompiling(elements[0]), !first.hasError,
               elements.dropFirst().allSatisfy({ typeKnownWithoutCompiling($0) == first }) {
                return .array(first)
            }
        default: break
        }
        if let checked = checkedTypeWithoutContext(expr) { return checked }
        return optionalChainSpine.isEmpty ? typeTable.typeWithoutContext(of: expr, in: scope) : nil
    }

    /// Whether `name`, bound to nothing, is a declared type's name written alone as a value (which `compileName`
    /// refuses: its type is `.error`), and not an operator, a math function or a native function of that name.
    private func isUserTypeNameAlone(_ name: String) -> Bool {
        guard declarations.userTypes[name] != nil, let first = name.unicodeScalars.first,
              !"+-*/<>=!&|".unicodeScalars.contains(first) else { return false }
        return Compiler.unaryMathFunctions[name] == nil && Compiler.binaryMathFunctions[name] == nil
            && registry.functions[name] == nil
    }

    /// Whether `expr` is a string literal without interpolations.
    static func isPlainTextLiteral(_ expr: Expr) -> Bool {
        guard case .stringLiteral(let parts) = expr.kind else { return false }
        return parts.allSatisfy { if case .text = $0 { true } else { false } }
    }

    /// Whether `expr` is an integer literal that fits an Int or a floating-point literal, possibly negated.
    static func isPlainNumberLiteral(_ expr: Expr) -> Bool {
        switch expr.kind {
        case .intLiteral: return expr.largeLiteral == nil
        case .floatLiteral: return true
        case .prefix("-", let operand): return isPlainNumberLiteral(operand)
        default: return false
        }
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
