/// Subscripts a declared type declares (`matrix[1, 0]`), read on a value of that type.
extension TypeChecker {
    /// `base[arguments]` on a non-generic struct, class or enum with declared instance subscripts (and no generic
    /// one, of its own or of a protocol extension, which the compiler tries first): the getter the
    /// labels (then the argument types) select, its arguments checked against its parameters; nil otherwise.
    func userSubscript(_ type: UserType, _ arguments: [Argument], at location: SourceLocation? = nil) -> CType? {
        if let generic = genericSubscript(type, arguments, at: location) { return generic }
        if let required = requiredSubscript(type, arguments) { return required }
        guard type.kind != .protocolType, type.extendedBuiltin == nil, !type.subscripts.isEmpty, !isGeneric(type),
              !compiler.hasGenericMember(type, "subscript", isStatic: false), !mayAdoptTemplateSubscripts(type) else {
            uncheckedArguments(arguments)
            return nil
        }
        let getters = type.subscripts.map(\.getter)
        if let location, !getters.contains(where: { Self.match($0, arguments, skipping: 1) != nil }),
           let mistake = declaredSubscriptShapeMistake(getters, arguments, receiver: true, at: location) { return mistake }  // +SubscriptShapes
        return declaredCall(getters, arguments, receiver: true)
    }

    /// `value[i]` on a type parameter's placeholder in a generic body checked under the placeholders, whose protocol
    /// requires a subscript with the arguments' labels (`x[0]` on a `C: Container`, as
    /// `Compiler.requirementSubscriptRead` reads it): the requirement's result type (`C.Item`), the arguments checked
    /// against its parameters; nil otherwise.
    private func requiredSubscript(_ type: UserType, _ arguments: [Argument]) -> CType? {
        guard bodyContext.reportsPlaceholderMistakes, compiler.protocolState.hasAssociatedTypes, type.kind == .protocolType,
              compiler.protocolState.placeholderTypes.contains(type),
              let found = compiler.findRequirement(type, "subscript") else { return nil }
        let seen = compiler.substitutedRequirement(found, on: type)
        guard seen.labels == arguments.map(\.label), seen.parameterTypes.count == arguments.count else { return nil }
        let fits = zip(arguments, seen.parameterTypes).map { check($0.value, expected: $1) == $1 }
        return fits.allSatisfy { $0 } ? seen.type : nil
    }

    /// Whether a protocol extension compiled as a template for each conforming type (a protocol with associated
    /// types) declares subscripts `type` may adopt when its bodies compile, after the checker ran.
    func mayAdoptTemplateSubscripts(_ type: UserType) -> Bool {
        !type.conformances.isEmpty && compiler.protocolState.protocolExtensions.contains { !$0.decl.subscripts.isEmpty }
    }
}

/// Subscripts that extensions of built-in types declare (`extension Int { subscript(digitIndex: Int) -> Int }`).
extension TypeChecker {
    /// `base[arguments]` on a built-in type whose extension declares subscripts: the getter's call when the
    /// arguments' own types fit one of them (`Compiler.extensionSubscriptFits`: the same type, or an Int for a
    /// Double); nil when the type's extensions declare no subscript, `.some(nil)` when none or several fit or the
    /// checker cannot tell.
    func extensionSubscript(_ receiver: CType, _ arguments: [Argument]) -> CType?? {
        switch receiver {
        case .user, .native, .tuple, .function, .throwingFunction, .error: return nil
        default: break
        }
        noteTemplateLookup(receiver, nil)
        guard let owner = compiler.protocolState.builtinExtensions[receiver.description], !owner.subscripts.isEmpty else {
            return nil
        }
        let getters = owner.subscripts.map(\.getter)
        guard compiler.protocolState.genericMembers[owner] == nil,
              !getters.contains(where: { $0.parameters.contains { $0.isVariadic || $0.isAutoclosure } }) else {
            uncheckedArguments(arguments)
            return .some(nil)
        }
        // The arguments' types without a context decide: a literal's own type, a context-free argument checked once.
        var types: [CType?] = []
        for argument in arguments {
            if let literal = Self.literalType(argument.value) {
                types.append(literal)
            } else if Self.isContextFree(argument.value) {
                types.append(check(argument.value, expected: nil))
            } else {
                types.append(nil)
            }
        }
        let fitting = getters.compactMap { getter -> (FunctionInfo, [Int])? in
            guard let positions = Self.match(getter, arguments, skipping: 1),
                  zip(positions, types).allSatisfy({ position, type in
                      let parameter = getter.parameters[position].type
                      return parameter == type || (type == .int && parameter == .double)
                  }) else { return nil }
            return (getter, positions)
        }
        guard types.allSatisfy({ $0 != nil }) else { return .some(nil) }
        recordPlainMemberFits(!fitting.isEmpty, arguments)  // the generator's choice (`Compiler.extensionSubscriptFits`)
        // None fitting: the built-in subscript is the one, its result read from the arguments' types found (they
        // are not checked twice); unknown when several fit.
        guard fitting.count == 1, let (getter, positions) = fitting.first else {
            return .some(fitting.isEmpty ? Self.builtinSubscriptResult(receiver, arguments, types.compactMap { $0 }) : nil)
        }
        for (argument, position) in zip(arguments, positions) where Self.literalType(argument.value) != nil {
            check(argument.value, expected: getter.parameters[position].type)
        }
        resolvedCallee = getter
        return .some(getter.returnType)
    }

    /// The result of the built-in subscript of `receiver` for one unlabelled index of type `index` (`s[i]` on a
    /// String by a `String.Index`, `xs[1..<3]` on an array), as `subscriptAccess` types it; nil for anything else.
    private static func builtinSubscriptResult(_ receiver: CType, _ arguments: [Argument], _ types: [CType]) -> CType? {
        guard arguments.count == 1, arguments[0].label == nil, types.count == 1 else { return nil }
        switch (receiver, types[0]) {
        case (.string, .stringIndex), (.substring, .stringIndex): return .character
        case (.string, .indexRange), (.substring, .indexRange): return .substring
        case (.array(let element), .int): return element
        case (.array(let element), .range), (.array(let element), .closedRange): return .arraySlice(element)
        default: return nil
        }
    }

    /// The type a literal argument has without a context (`Compiler.checkerType`); nil for other expressions.
    static func literalType(_ expr: Expr) -> CType? {
        switch expr.kind {
        case .intLiteral: return expr.largeLiteral == nil ? .int : nil
        case .floatLiteral: return .double
        case .boolLiteral: return .bool
        case .stringLiteral(let parts): return parts.allSatisfy { if case .text = $0 { true } else { false } } ? .string : nil
        default: return nil
        }
    }
}

extension TypeChecker {
    /// Whether placing the subscript access `target` (its base and arguments typed as a place) reports a mistake
    /// (a wrong label: `d[1, defaultx: 0]`), which is then kept; nothing is kept otherwise.
    func reportsSubscriptMistake(_ target: Expr) -> Bool {
        let before = checked.diagnostics.count
        let mark = beginTrial()
        place(target)
        guard checked.diagnostics.count > before else {
            rollback(to: mark)
            return false
        }
        commit(mark)
        return true
    }
}
