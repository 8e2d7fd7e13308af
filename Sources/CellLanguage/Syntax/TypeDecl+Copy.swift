extension TypeDecl {
    /// The same declaration under another name, with its own member declarations (a generic type's
    /// specialization `Stack<String>` is compiled from a copy of `Stack`'s declaration).
    func copy(named name: String) -> TypeDecl {
        let copy = TypeDecl(kind: kind, name: name, location: location)
        copy.conformances = conformances
        copy.fields = fields
        copy.computed = computed
        copy.methods = methods.map { $0.copy(named: $0.name).keepingGenerics(of: $0) }
        copy.initializers = initializers.map { $0.copy(named: $0.name).keepingGenerics(of: $0) }
        copy.cases = cases
        copy.requirements = requirements
        copy.subscripts = subscripts
        copy.typeAliases = typeAliases
        copy.extendedCollectionProtocol = extendedCollectionProtocol
        return copy
    }
}

extension FunctionDecl {
    /// The same function under another name (its body's nodes are shared).
    func copy(named name: String) -> FunctionDecl {
        let copy = FunctionDecl(name: name, parameters: parameters, returnType: returnType, body: body, location: location)
        copy.isMutating = isMutating
        copy.isStatic = isStatic
        copy.closingBrace = closingBrace
        copy.resultBuilder = resultBuilder
        // Effects and initializer kinds are part of the declaration: a generic `throws` function's specialization
        // throws, a generic type's `init?` stays failable.
        copy.isThrowing = isThrowing
        copy.thrownType = thrownType
        copy.throwsNever = throwsNever
        copy.isRethrowing = isRethrowing
        copy.isOverride = isOverride
        copy.isFinal = isFinal
        copy.isConvenience = isConvenience
        copy.isRequired = isRequired
        copy.isFailable = isFailable
        copy.isImplicitlyUnwrapped = isImplicitlyUnwrapped
        copy.isRestricted = isRestricted
        copy.returnsSelf = returnsSelf
        return copy
    }

    /// This copy with `original`'s type parameters and requirements (a generic member of a copied type stays generic;
    /// a plain member's own `where` clause is checked on the original, not on the copies).
    func keepingGenerics(of original: FunctionDecl) -> FunctionDecl {
        guard !original.genericParameters.isEmpty else { return self }
        genericParameters = original.genericParameters
        genericRequirements = original.genericRequirements
        isThrowing = original.isThrowing
        thrownType = original.thrownType
        isFailable = original.isFailable
        isImplicitlyUnwrapped = original.isImplicitlyUnwrapped
        return self
    }
}
