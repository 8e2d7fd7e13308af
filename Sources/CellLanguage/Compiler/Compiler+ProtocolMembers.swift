import Diagnostics

extension Compiler {
    // MARK: Properties

    /// `value.name` where the member comes from a protocol (a requirement of a protocol-typed value, dispatched to
    /// the concrete type, or a protocol extension's property) or from an extension of a built-in type. Nil otherwise.
    func compileProtocolOrExtensionMember(_ base: Expr, _ receiver: Typed, _ name: String, at location: SourceLocation) -> Typed? {
        if receiver.type == .int, case .intLiteral(let literal) = base.kind, protocolState.builtinExtensions["Int"]?.computed[name] == nil,
           let doubles = protocolState.builtinExtensions["Double"], doubles.computed[name] != nil {
            // `3.ft` where only Double has `ft`: the literal is a Double, as in Swift.
            return compileInstanceMember(Typed(type: .double, code: .double { _ in Double(literal) }), doubles, name, at: location)
        }
        switch receiver.type {
        case .user(let type) where type.kind == .protocolType:
            if let requirement = findRequirement(type, name), requirement.kind == .property, !requirement.isStatic {
                let substituted = substitutedRequirement(requirement, on: type)
                if let direct = compileSpecializedRequirement(substituted, base, nil, at: location) { return direct }
                let value = receiver.value, id = requirement.id
                return Typed.fromValue(substitutedRequirement(requirement, on: type).type) { frame in
                    try Compiler.dispatch(id, name, on: try value(frame), at: location)
                }
            }
            guard let owner = protocolFamily(type).first(where: { $0.computed[name] != nil }) else {
                if let description = placeholderDescription(type, name, at: location) { return description }
                return compositionClassMember(receiver, type, name, at: location)
            }
            return compileInstanceMember(receiver, owner, name, at: location)
        case .user(let type):
            guard type.fieldIndex(name) == nil, type.computed[name] == nil, !type.conformances.isEmpty else { return nil }
            return inheritedExtensionProperty(receiver, owner: type, name, at: location)
        default:
            applyProtocolExtensions(toCollection: receiver.type, member: name)
            noteArrayConformances(of: receiver.type)
            guard let owner = protocolState.builtinExtensions[receiver.type.description] else { return nil }
            if owner.computed[name] != nil { return compileInstanceMember(receiver, owner, name, at: location) }
            return inheritedExtensionProperty(receiver, owner: owner, name, at: location)
        }
    }

    /// A protocol extension's property read on a value of a conforming type (which is wrapped as the protocol type).
    private func inheritedExtensionProperty(_ receiver: Typed, owner: UserType, _ name: String, at location: SourceLocation) -> Typed? {
        guard let proto = conformedProtocols(owner).first(where: { $0.computed[name] != nil }),
              let tag = existentialTag(for: receiver.type) else { return nil }
        let value = receiver.value
        let wrapped = Typed(type: .user(proto), code: .value { frame in tag.wrap(try value(frame)) })
        return compileInstanceMember(wrapped, proto, name, at: location)
    }

    // MARK: Methods

    /// `base.name(arguments)` where the method comes from a protocol or from an extension of a built-in type.
    func compileProtocolOrExtensionCall(_ base: Expr, _ baseType: CType, _ name: String, _ arguments: [Argument],
                                        at location: SourceLocation) -> Typed? {
        switch baseType {
        case .user(let type) where type.kind == .protocolType:
            if let requirement = findRequirement(type, name), requirement.kind == .method, !requirement.isStatic {
                return compileRequirementCall(substitutedRequirement(requirement, on: type), base, arguments, at: location)
            }
            if let call = compileInheritedGenericCall(base, protocolFamily(type), name, arguments, at: location) { return call }
            guard let owner = protocolFamily(type).first(where: { $0.methods[name] != nil }) else { return nil }
            if let call = compileSpecializedExtensionCall(owner.methods[name] ?? [], receiverType: type, base, arguments,
                                                          at: location) { return call }
            return compileDeclaredMethodCall(owner.methods[name] ?? [], isClass: false, base, name, arguments, at: location)
        case .user(let type):
            guard type.methods[name] == nil, type.fieldIndex(name) == nil, type.computed[name] == nil,
                  !type.conformances.isEmpty else { return nil }
            if let call = compileInheritedGenericCall(base, conformedProtocols(type), name, arguments, at: location) { return call }
            return inheritedExtensionCall(base, baseType, owner: type, name, arguments, at: location)
        default:
            applyProtocolExtensions(toCollection: baseType, member: name)
            noteArrayConformances(of: baseType)
            guard let owner = protocolState.builtinExtensions[baseType.description] else { return nil }
            if let call = compileInheritedGenericCall(base, [owner] + conformedProtocols(owner), name, arguments, at: location) { return call }
            if let methods = owner.methods[name] {
                if Compiler.isStdlibOverload(of: methods, on: baseType, name, arguments) { return nil }
                return compileDeclaredMethodCall(methods, isClass: false, base, name, arguments, at: location)
            }
            return inheritedExtensionCall(base, baseType, owner: owner, name, arguments, at: location)
        }
    }

    /// Whether a call of `name` on a built-in type is the standard library's method rather than the extension's
    /// `methods` of the same name: no extension overload has the labels written and a library one takes them
    /// (`x.rounded()` beside `extension Double { func rounded(toPlaces:) }`, as Swift overloads them).
    static func isStdlibOverload(of methods: [FunctionInfo], on type: CType, _ name: String, _ arguments: [Argument]) -> Bool {
        let written = arguments.map(\.label)
        let extensionFits = methods.contains { info in
            let parameters = Array(info.parameters.dropFirst())
            guard parameters.count >= written.count, parameters.prefix(written.count).map(\.label) == written else { return false }
            return parameters.dropFirst(written.count).allSatisfy { $0.defaultValue != nil }
        }
        guard !extensionFits, let table = StdlibTables.table(for: type) else { return false }
        return table.methods(named: name).contains { $0.accepts(arguments) }
    }

    private func inheritedExtensionCall(_ base: Expr, _ baseType: CType, owner: UserType, _ name: String, _ arguments: [Argument],
                                        at location: SourceLocation) -> Typed? {
        guard let proto = conformedProtocols(owner).first(where: { $0.methods[name] != nil }),
              let methods = proto.methods[name], let tag = existentialTag(for: baseType) else { return nil }
        return compileDeclaredMethodCall(methods, isClass: owner.kind == .classType, base, name, arguments, wrappingIn: tag,
                                         protocolType: .user(proto), at: location)
    }

    /// A call of a method declared in a type or extension: the overload is chosen by the labels after `self`; a
    /// mutating method of a value type runs on the receiver in place. With `tag`, the receiver is passed wrapped as a
    /// protocol value (a protocol extension's method called on a conforming type).
    func compileDeclaredMethodCall(_ methods: [FunctionInfo], isClass: Bool, _ base: Expr, _ name: String,
                                   _ arguments: [Argument], wrappingIn tag: ExistentialTag? = nil, protocolType: CType? = nil,
                                   owner: UserType? = nil, at location: SourceLocation) -> Typed {
        let signatures = methods.map(FunctionInfo.withoutSelf)
        guard let (info, _) = selectOverload(signatures, arguments, at: location),
              let index = signatures.firstIndex(where: { $0 === info }) else { return .invalid }
        let method = methods[index]
        if method.isMutating && (!isClass || tag != nil) {
            guard var place = compilePlace(base, mutating: true, method: name, methodAt: location) else { return .invalid }
            // A protocol extension's method on a conforming type's variable: `self` is the protocol value.
            if let tag, let protocolType { place = Compiler.existentialView(of: place, through: tag, as: protocolType) }
            let aliasing = method.parameters.contains(where: \.isInout) ? checkReceiverAliasing(base, arguments) : nil
            let call = compileMutatingCall(method, place: lendingPlace(place, base, method), arguments, at: location)
            guard let aliasing else { return call }
            return call.prefixed(by: [aliasing])
        }
        let receiver = compileExpr(base, expected: checkedLiteralReceiverType(base)).value
        // A class's method that a subclass may override is dispatched on the object's class (`Compiler+Inheritance`).
        let dispatch = owner.map { isClass && Compiler.mayBeOverridden(method, in: $0) } ?? false
        guard let tag else { return compileMemberCall(method, receiver: receiver, arguments, at: location, dispatch: dispatch) }
        return compileMemberCall(method, receiver: { frame in tag.wrap(try receiver(frame)) }, arguments, at: location,
                                 dispatch: dispatch)
    }

    /// A requirement called on a protocol-typed value: runs the concrete type's implementation.
    private func compileRequirementCall(_ requirement: ProtocolInfo.Requirement, _ base: Expr, _ arguments: [Argument],
                                        at location: SourceLocation) -> Typed {
        let shapes = zip(requirement.labels, requirement.parameterTypes).map { label, type -> ParameterShape in
            ParameterShape(label: label, hasDefault: false, isFunction: type.acceptsClosure)
        }
        if let direct = compileSpecializedRequirement(requirement, base, arguments, at: location) { return direct }
        let id = requirement.id, name = requirement.name
        if requirement.isMutating {
            guard let place = compilePlace(base, mutating: true, method: name, methodAt: location),
                  let (codes, writeBack) = requirementArguments(requirement, shapes, arguments, at: location) else { return .invalid }
            let modify = place.modify
            return Typed.fromValue(requirement.type) { frame in
                var values: [Value] = [.void]
                for code in codes { values.append(try code(frame)) }
                var result = Value.void
                try modify(frame) { receiver in
                    let (tag, value) = try Compiler.dispatch(id, name, on: receiver, &values, at: location)
                    result = value
                    receiver = tag.wrap(values[0])
                }
                try writeBack?(frame, values)
                return result
            }
        }
        let receiver = compileExpr(base, expected: nil).value
        guard let (codes, writeBack) = requirementArguments(requirement, shapes, arguments, at: location) else { return .invalid }
        if let writeBack {
            // `inout` arguments (`opt.update(&params, grads)` on a class's value): written back after the call.
            return Typed.fromValue(requirement.type) { frame in
                let existential = try receiver(frame)
                var values: [Value] = [.void]
                for code in codes { values.append(try code(frame)) }
                let result = try Compiler.dispatch(id, name, on: existential, &values, at: location).1
                try writeBack(frame, values)
                return result
            }
        }
        if codes.isEmpty {
            return Typed.fromValue(requirement.type) { frame in try Compiler.dispatch(id, name, on: try receiver(frame), at: location) }
        }
        return Typed.fromValue(requirement.type) { frame in
            let existential = try receiver(frame)
            var values: [Value] = [.void]
            for code in codes { values.append(try code(frame)) }
            return try Compiler.dispatch(id, name, on: existential, &values, at: location).1
        }
    }

    /// The arguments of a requirement's call in parameter order (an `inout` one reads its place), and what writes the
    /// `inout` parameters' final values (`values[1...]`, after the receiver) back into their places (nil when the
    /// requirement has none); nil after a reported mistake.
    private func requirementArguments(_ requirement: ProtocolInfo.Requirement, _ shapes: [ParameterShape], _ arguments: [Argument],
                                      at location: SourceLocation)
        -> (codes: [(Frame) throws -> Value], writeBack: ((Frame, [Value]) throws -> Void)?)? {
        guard var matched = matchArguments(shapes, arguments, at: location) else { return nil }
        guard !requirement.inoutParameters.isEmpty else {
            return (compileArguments(requirement.parameterTypes, matched, arguments).map { $0?.value ?? { _ in .void } }, nil)
        }
        let declared = requirement.parameterTypes.indices.map { index in
            FunctionInfo.Parameter(label: requirement.labels[index], name: "", type: requirement.parameterTypes[index],
                                   isInout: requirement.inoutParameters[index])
        }
        guard let places = inoutArgumentPlaces(declared, &matched, arguments) else { return nil }
        let compiled = compileArguments(requirement.parameterTypes, matched, arguments)
        let codes = declared.indices.map { index in places[index].map(Compiler.reader) ?? compiled[index]?.value ?? { _ in .void } }
        let writes = places.sorted { $0.key < $1.key }.map { index, place in
            (index + 1, place.write ?? { frame, final in try place.modify(frame) { $0 = final } })
        }
        return (codes, { frame, values in
            for (index, write) in writes { try write(frame, values[index]) }
        })
    }
}
