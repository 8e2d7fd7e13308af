/// Type mistakes in places (assignment targets, `inout` arguments, mutating receivers), which the generator reported
/// while it compiled the place (`Compiler+Places`): an optional chain or a force unwrap of a value that is no optional,
/// a stored member the base's type does not have, a subscript its type does not have, and an array index of another
/// type than Int; in swiftc's words, at its positions.
extension TypeChecker {
    /// `p?.x = 2`, `p!.x = 2` where `p` (of type `found`) is no optional: reported at the `?` or `!`; nil.
    func nonOptionalPlace(_ found: CType?, chain: Bool, at location: SourceLocation) -> CType? {
        guard let found, !found.hasError, !found.isOptional else { return nil }
        report(chain ? .optionalChainOnNonOptional(found) : .forceUnwrapNonOptional(found), at: location)
        return nil
    }

    /// `p.y = 2` where the place's type has no member `y` (`value of type 'P' has no member 'y'`, at the name), as
    /// a read reports it (`missingMember`); nil.
    func missingPlaceMember(_ base: CType?, _ name: String, at location: SourceLocation) -> CType? {
        guard let base, !base.hasError else { return nil }
        _ = missingMember(base, name, at: location)
        return nil
    }

    /// `n[0] = 1` on a value whose type has no subscripts (`value of type 'Int' has no subscripts`), `s[i] = c` on a
    /// String (`cannot assign through subscript: subscript is get-only`), at the `[`: true when reported (the
    /// arguments checked without a context).
    func reportsMissingPlaceSubscript(_ base: CType?, _ arguments: [Argument], at location: SourceLocation) -> Bool {
        guard let base, !base.hasError else { return false }
        switch base {
        case .string, .substring:
            guard certainlyBuiltinMembers(of: base), !protocolExtensionsSupplySubscripts(to: base) else { return false }
            uncheckedArguments(arguments)
            report(.getOnlySubscript(), at: location)
            return true
        case .user(let type) where !type.subscripts.isEmpty:
            return false
        default:
            return missingValueSubscript(base, arguments, at: location) ?? missingSubscript(base, at: location) != nil
        }
    }

    /// An array element's place indexed with a value of a type the checker knows whole that is no Int and no range
    /// (`xs["a"] = 2`: `cannot convert value of type 'String' to expected argument type 'Int'`, at the index).
    func reportsArrayPlaceIndex(_ found: CType?, _ index: Expr) -> Bool {
        guard let found, !found.hasError, found != .int, isClosed(found) else { return false }
        report(.argumentType(found, expected: .int), at: index.location)
        return true
    }
}

/// Assignments to a method (`fig.xLimits = 0...10`, `f.g += 1`), which swiftc refuses in its words: `cannot assign to
/// value: 'xLimits' is a method` for `=`, the method's value against the operator's other operand for a compound
/// assignment (`cannot convert value of type '() -> Int' to expected argument type 'Int'`), at the name.
extension TypeChecker {
    /// `base.name op value` where `name` is a method (no property) of `base`'s user or native type, or a static
    /// method of the type `base` names: the error type after reporting; nil (nothing checked) for any other target.
    func methodTargetMistake(_ op: String, _ target: Expr, _ value: Expr) -> CType? {
        guard case .member(let base?, let name, let nameLocation) = target.kind,
              op == "=" || !declaredOperators.contains(op) else { return nil }
        if let type = typeNamed(base) {
            // `F.s = {}`: a static method.
            guard op == "=", type.staticMethods[name] != nil, type.staticFields[name] == nil,
                  type.staticComputed[name] == nil, !hasGenericMember(named: name) else { return nil }
            report(.assignToMethod(name), at: nameLocation)
            return .error
        }
        let mark = beginTrial()
        // An overloaded method's compound assignment: swiftc picks an overload by the value, which is not modelled.
        guard let receiver = check(base, expected: nil), let method = assignedMethod(receiver, name),
              op == "=" || !method.isOverloaded else {
            rollback(to: mark)
            return nil
        }
        commit(mark)
        if case .refused(let mistake) = method {
            report(mistake, at: nameLocation)
            guard op != "=" else { return .error }
        }
        guard op != "=" else {
            report(.assignToMethod(name), at: nameLocation)
            return .error
        }
        // A compound assignment reads the method as a value: with its one overload's type, swiftc converts it to
        // the value's type.
        let found = check(value, expected: nil)
        if case .method(let info) = method, let found, !found.hasError {
            report(.argumentType(FunctionInfo.withoutSelf(info).type, expected: found), at: nameLocation)
        } else if case .native(let function) = method, let found, !found.hasError {
            report(.argumentType(.function(function.parameters.map(\.type), function.returnType), expected: found), at: nameLocation)
        }
        return .error
    }

    /// What a method target names.
    private enum AssignedMethod {
        /// A declared method's one overload.
        case method(FunctionInfo)
        /// A native method's one overload.
        case native(NativeFunction)
        /// A method read as a value is refused (a `mutating` one).
        case refused(CompileError)
        /// Several overloads.
        case overloaded

        var isOverloaded: Bool {
            if case .overloaded = self { return true }
            return false
        }
    }

    /// The method `name` of `receiver`'s type when it has no property of that name; nil otherwise.
    private func assignedMethod(_ receiver: CType, _ name: String) -> AssignedMethod? {
        switch receiver {
        case .native(let typeName):
            guard let native = compiler.registry.types[typeName], native.properties[name] == nil,
                  let methods = native.methods[name], !methods.isEmpty else { return nil }
            return methods.count == 1 ? .native(methods[0]) : .overloaded
        case .user(let type) where [.structure, .classType, .enumeration].contains(type.kind):
            guard !isGeneric(type), !hasGenericMember(named: name), methodWithoutProperty(type, name) else { return nil }
            switch compiler.boundMethodChoice(type, name, expected: nil) {
            case .method(let info)?: return .method(info)
            case .refused(let mistake)?: return .refused(mistake)
            case nil: return firstReadOverload(type, name).map { .method($0) } ?? .overloaded
            }
        default:
            return nil
        }
    }

    /// The overload swiftc reads `base.name` as in a compound assignment among several (`s.o += 1` with `o()` and
    /// `o(_:)`: `cannot convert value of type '() -> ()'`): the first one `type` declares itself that is not
    /// `mutating` (for a struct or an enum), else its superclass's; nil when there is none.
    private func firstReadOverload(_ type: UserType, _ name: String) -> FunctionInfo? {
        var current: UserType? = type
        while let owner = current {
            let inherited = owner.superclass?.methods[name] ?? []  // a subclass starts from its superclass's methods
            let own = (owner.methods[name] ?? []).filter { method in !inherited.contains { $0 === method } }
            if let found = own.first(where: { !$0.isMutating || owner.kind == .classType }) { return found }
            current = owner.superclass
        }
        return nil
    }

    /// Whether `type` or a superclass declares a method `name` before any property of that name.
    private func methodWithoutProperty(_ type: UserType, _ name: String) -> Bool {
        var current: UserType? = type
        while let owner = current {
            if owner.fieldIndex(name) != nil || owner.computed[name] != nil || owner.setters[name] != nil { return false }
            if owner.methods[name] != nil { return true }
            current = owner.superclass
        }
        return false
    }
}
