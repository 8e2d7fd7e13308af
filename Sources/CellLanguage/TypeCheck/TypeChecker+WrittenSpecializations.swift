/// Constructions that name a specialization with type arguments only a specialized body binds (`Node<U>(f(value))`
/// in `func transformed<U>` checked with `U` bound to `String`): the specialization may not exist yet, as the
/// generator makes it when it first compiles that body. The checker lists it (`wantedSpecializations`), the compiler
/// makes it as the generator would (`makeInferredSpecializations`: only when its type arguments meet the
/// constraints and making it reports nothing) and checks the cell again, as for `Node(4)`.
extension TypeChecker {
    /// Lists the specialization a written generic type name (`Node<U>`) means in the body being checked, when all its
    /// type arguments resolve and it does not exist; does nothing outside a specialized body.
    func wantWrittenSpecialization(_ callee: Expr) {
        guard case .name(let name) = callee.kind else { return }
        wantWrittenSpecialization(named: name)
    }

    /// Lists the specialization the written generic type name `name` means in the body being checked (or under the
    /// type arguments of a generic method's call: its result `Result<NewSuccess, Failure>`), as `wantWrittenSpecialization`.
    func wantWrittenSpecialization(named name: String) {
        guard specialization != nil, let open = name.firstIndex(of: "<"), name.hasSuffix(">"),
              let (template, _) = compiler.protocolState.genericTypes[String(name[..<open])] else { return }
        let texts = Compiler.splitTypeArguments(String(name[name.index(after: open)..<name.index(before: name.endIndex)]))
        guard texts.count == template.genericParameters.count else { return }
        var arguments: [CType] = []
        for text in texts {
            guard let argument = resolve(Compiler.parseTypeText(text, at: template.location)), !argument.hasError else { return }
            arguments.append(argument)
        }
        guard compiler.protocolState.genericTypeInstances[SpecializationKey(template, arguments: arguments)] == nil else { return }
        wantedSpecializations.append((template, arguments))
    }
}

/// Constrained extensions of generic types (`extension Stack where Element: Equatable`), checked with the
/// specializations they apply to.
extension TypeChecker {
    /// Whether the generator adds the extension `decl` to the specialization with type arguments `bindings`: an
    /// unconstrained one always; one whose `where` clause has only conformance requirements when the type arguments
    /// meet them (`Compiler.extensionApplies`), as one whose same-type requirements are on associated types
    /// (`extension Chain where A.Input == Double`); one with a same-type requirement on a type parameter is left to
    /// the generator (false).
    func appliesToSpecialization(_ decl: TypeDecl, _ bindings: [String: CType]) -> Bool {
        if decl.whereRequirements.isEmpty { return true }
        guard decl.whereRequirements.allSatisfy({ !$0.isSameType || $0.left.contains(".") }) else { return false }
        return compiler.extensionApplies(decl, bindings)
    }
}
