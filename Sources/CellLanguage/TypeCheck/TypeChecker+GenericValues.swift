/// Values of specialized generic types (`var s = Stack<Int>()`, `s.push(1)`, `s.items`, `let t: Stack<String>`).
///
/// The specializations a cell names with type arguments are made before this pass (`makeNamedSpecializations`), as
/// the generator's first use would make them, and those of earlier cells exist already: a written `Stack<Int>`
/// resolves to that `UserType` (found by its template and type arguments, never by guessing), its construction is
/// typed as any declared type's, and its members are those the specialization declared with the type parameters
/// bound. A construction whose type arguments are inferred from its arguments (`Node(4)`) names a specialization
/// that may not exist yet: the checker lists it (`wantedSpecializations`), the compiler makes it as the generator's
/// first use would, and checks the cell again (`Compiler.typeCheckCell`); the oracle compares the result.
extension TypeChecker {
    /// The existing specialization a written generic type name (`Stack<Int>`, `Pair<String, [Int]>`) means; nil
    /// when the name is no generic type's, a type argument is unknown, or the specialization was not made.
    func specializedInstance(named name: String) -> UserType? {
        guard let open = name.firstIndex(of: "<"), name.hasSuffix(">"),
              let (template, _) = compiler.protocolState.genericTypes[String(name[..<open])] else { return nil }
        let texts = Compiler.splitTypeArguments(String(name[name.index(after: open)..<name.index(before: name.endIndex)]))
        guard texts.count == template.genericParameters.count else { return nil }
        var arguments: [CType] = []
        for text in texts {
            guard let argument = resolve(Compiler.parseTypeText(text, at: template.location)) else { return nil }
            arguments.append(argument)
        }
        return compiler.protocolState.genericTypeInstances[SpecializationKey(template, arguments: arguments)]?.type
    }

    /// `Stack<Int>(…)` where the specialization exists: its members are checked under its type arguments (when the
    /// cell declares them) and the call is typed as the construction of a declared type. Nil otherwise.
    func specializedConstruction(_ callee: Expr, _ arguments: [Argument]) -> CType? {
        guard case .name(let name) = callee.kind, name.hasSuffix(">"), let type = specializedInstance(named: name) else {
            wantWrittenSpecialization(callee)  // `Node<U>(…)` in a specialized body: made, then checked again
            return nil
        }
        _ = genericTypeConstruction(callee, arguments)
        if let generic = genericInitializerCall(type, arguments, at: callee.location) { return generic }
        return construction(type, arguments)
    }

    /// `Stack()` where the context expects an existing `Stack<Int>` (`let s: Stack<Int> = Stack()`): typed as the
    /// construction of that specialization, as the generator compiles it (`Compiler.expectedSpecialization`); nil
    /// otherwise.
    func contextualConstruction(_ callee: Expr, _ arguments: [Argument], expected: CType?) -> CType? {
        guard case .name(let name) = callee.kind, let referent = resolution.referent(of: callee), namesTopLevelType(referent),
              let (template, bindings, type) = compiler.expectedSpecialization(name, expected) else { return nil }
        specializedTypeUse(template, bindings)
        if let generic = genericInitializerCall(type, arguments, at: callee.location) { return generic }
        return construction(type, arguments)
    }

    /// The type of `Template(arguments)` with the type arguments `bindings` inferred from the (checked) arguments:
    /// the specialization's, when it exists and the construction cannot fail; else nil (and the specialization is
    /// wanted when it does not exist).
    func inferredConstruction(_ template: TypeDecl, _ bindings: [String: CType]) -> CType? {
        let arguments = template.genericParameters.compactMap { bindings[$0.name] }
        guard arguments.count == template.genericParameters.count else { return nil }
        guard let type = compiler.protocolState.genericTypeInstances[SpecializationKey(template, arguments: arguments)]?.type else {
            wantedSpecializations.append((template, arguments))
            return nil
        }
        guard template.kind != .enumeration, !template.initializers.contains(where: \.isFailable) else { return nil }
        return .user(type)
    }

    /// Whether the members of a specialization are the checker's to check in this cell: it does not exist, or this
    /// cell made it before checking (its bodies compile in this cell): as a named specialization, or while declaring
    /// (`func suffix(_ size: Int) -> Stack<Int>` in a member's signature).
    func checksSpecializedMembers(_ key: SpecializationKey) -> Bool {
        guard let instance = compiler.protocolState.genericTypeInstances[key] else { return true }
        return compiler.protocolState.namedSpecializations.contains(key) || instance.type.cell == compiler.currentCell
    }
}

extension TypeChecker {
    /// `xs.sorted()`, `xs.min()` and `xs.max()` on an array of a type parameter's placeholder that is `Comparable`
    /// (`[T]` for `T: Comparable`, `c.sorted()` for `C: Collection where C.Element: Comparable`), in a generic body
    /// checked with placeholders: the array, or an optional element; nil for any other call.
    func placeholderOrderCall(_ receiver: CType, _ name: String, _ arguments: [Argument]) -> CType? {
        guard ["sorted", "min", "max"].contains(name), arguments.isEmpty, case .array(let element) = receiver,
              case .user(let placeholder) = element, isTypeParameterPlaceholder(element),
              placeholder.conformances.contains("Comparable") || placeholder.protocolInfo?.builtinParents.contains("Comparable") == true,
              !extendsBuiltin(member: name), !protocolExtensionsSupply(name, to: receiver) else { return nil }
        return name == "sorted" ? receiver : .optional(element)
    }
}
