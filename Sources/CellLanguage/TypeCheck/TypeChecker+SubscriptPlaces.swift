/// Declared subscripts beyond instance reads: static subscripts (`Planet[4]`, `Defaults["x"] = 1`) and
/// subscripts assigned to or updated in place (`matrix[0, 1] = 1.5`, `registry["a"] += 10`), typed as
/// `Compiler.superOrStaticSubscriptRead` and `userSubscriptPlace` compile them: the getter the labels (then the
/// argument types) select, its arguments checked against its parameters; for a place, only when that subscript has
/// a setter.
extension TypeChecker {
    /// `Type[arguments]` read on a top-level type with static subscripts: the getter's result; nil when `base`
    /// names no such type (`.some(nil)`: one, with arguments the checker cannot match).
    func staticSubscript(_ base: Expr, _ arguments: [Argument], at location: SourceLocation? = nil) -> CType?? {
        guard let type = staticSubscriptOwner(base) else { return nil }
        let getters = type.staticSubscripts.map(\.getter)
        if let location, !getters.contains(where: { Self.match($0, arguments) != nil }),
           let mistake = declaredSubscriptShapeMistake(getters, arguments, receiver: false, at: location) { return .some(mistake) }
        return .some(declaredCall(getters, arguments))
    }

    /// `Type[arguments]` as a place: the subscript's type when the chosen one has a setter; nil when `base` names
    /// no type with static subscripts.
    func staticSubscriptPlace(_ base: Expr, _ arguments: [Argument], at location: SourceLocation) -> CType?? {
        guard let type = staticSubscriptOwner(base) else { return nil }
        let getters = type.staticSubscripts.map(\.getter)
        if !getters.contains(where: { Self.match($0, arguments) != nil }),
           let mistake = declaredSubscriptShapeMistake(getters, arguments, receiver: false, at: location) { return .some(mistake) }
        return .some(settableSubscript(type.staticSubscripts, arguments, receiver: false))
    }

    /// `value[arguments]` as a place on a value of a declared type with instance subscripts (under the conditions of
    /// `userSubscript`): the subscript's type when the chosen one has a setter; nil otherwise.
    func userSubscriptPlace(_ type: UserType, _ arguments: [Argument], at location: SourceLocation) -> CType? {
        if let existential = existentialSubscriptPlace(type, arguments, at: location) { return existential }  // +ExistentialSubscripts
        guard type.kind != .protocolType, type.extendedBuiltin == nil, !type.subscripts.isEmpty, !isGeneric(type),
              !compiler.hasGenericMember(type, "subscript", isStatic: false), !mayAdoptTemplateSubscripts(type) else {
            uncheckedArguments(arguments)
            return nil
        }
        let getters = type.subscripts.map(\.getter)
        if !getters.contains(where: { Self.match($0, arguments, skipping: 1) != nil }),
           let mistake = declaredSubscriptShapeMistake(getters, arguments, receiver: true, at: location) { return mistake }
        return settableSubscript(type.subscripts, arguments, receiver: true)
    }

    /// The top-level, non-generic type a bare name names when it declares static subscripts
    /// (`Compiler.staticTypeReference`: nested types are not looked up there).
    private func staticSubscriptOwner(_ base: Expr) -> UserType? {
        guard case .name = base.kind, nestedTypeNamed(base) == nil, let type = typeNamed(base),
              !type.staticSubscripts.isEmpty, !compiler.hasGenericMember(type, "subscript", isStatic: true) else { return nil }
        return type
    }

    /// The getter of `list` the arguments select, its result when that subscript has a setter (nil otherwise: the
    /// generator reports a get-only subscript).
    private func settableSubscript(_ list: [SubscriptAccessors], _ arguments: [Argument], receiver: Bool) -> CType? {
        let saved = resolvedCallee
        let result = declaredCall(list.map(\.getter), arguments, receiver: receiver)
        let chosen = resolvedCallee
        resolvedCallee = saved
        guard let chosen, list.contains(where: { $0.getter === chosen && $0.setter != nil }) else { return nil }
        return result
    }
}
