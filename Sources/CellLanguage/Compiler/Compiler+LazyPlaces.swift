import Diagnostics

/// Places reached through lazy properties and subscripts.
extension Compiler {
    // MARK: Lazy properties and subscripts

    /// `object.name` for a `lazy var` of a class: the stored value, computed and stored on the first read.
    func lazyPropertyRead(_ receiver: Typed, _ type: UserType, _ name: String, at location: SourceLocation) -> Typed? {
        guard !type.lazyInitializers.isEmpty, let index = type.fieldIndex(name), let initializer = type.lazyInitializers[index] else {
            return nil
        }
        let field = FieldAccess(index: index, isClass: true, lazy: accessorCall(initializer, at: location))
        let value = receiver.value
        return Typed.fromValue(type.fields[index].type) { frame in try field.get(try value(frame)) }
    }

    /// `value.$x` for a property `@Wrapper var x`: the wrapper's `projectedValue` (read only).
    func projectedValueRead(_ receiver: Typed, _ type: UserType, _ name: String, at location: SourceLocation) -> Typed? {
        guard let index = type.fieldIndex("_" + name.dropFirst()), case .user(let wrapper) = type.fields[index].type,
              let storage = compileInstanceMember(receiver, type, "_" + name.dropFirst(), at: location) else { return nil }
        return compileInstanceMember(storage, wrapper, "projectedValue", at: location)
    }

    /// `super[i]` or `Type[i]` with a declared type's subscripts: the getter's call; nil for other bases.
    func superOrStaticSubscriptRead(_ base: Expr, _ arguments: [Argument], at location: SourceLocation) -> Typed? {
        if isSuperReference(base) {
            // `super[i]`: the superclass's getter, on `self`.
            guard let superclass = superclassInScope(at: base.location),
                  let accessors = chooseSubscript(superclass.subscripts, isStatic: false, arguments, at: location) else { return .invalid }
            let receiver = compileExpr(synthesizedSelf(at: base.location), expected: nil)
            return compileMemberCall(accessors.getter, receiver: receiver.value, arguments, at: location)
        }
        if let type = staticTypeReference(base), !type.staticSubscripts.isEmpty {
            guard let accessors = chooseSubscript(type.staticSubscripts, isStatic: true, arguments, at: location) else { return .invalid }
            return compileMemberCall(accessors.getter, receiver: nil, arguments, at: location)
        }
        return nil
    }

    /// `value[i]` with a declared type's subscripts, on a base of type `baseType` (compiled once by the caller, see
    /// `CompiledReceiver`): the getter's call; nil when the type has none (the caller's other paths use the base).
    func userSubscriptRead(_ base: Expr, _ baseType: CType, _ compiledBase: CompiledReceiver?, _ arguments: [Argument],
                           at location: SourceLocation) -> Typed? {
        applyProtocolExtensions(toCollection: baseType, member: nil)
        guard let type = memberOwner(baseType), !type.subscripts.isEmpty,
              type.extendedBuiltin == nil || extensionSubscriptFits(type, arguments, at: location) else { return nil }
        guard let accessors = chooseSubscript(type.subscripts, isStatic: false, arguments, at: location) else { return .invalid }
        let receiver = adoptReceiver(compiledBase) ?? compileExpr(base, expected: nil)
        return compileMemberCall(accessors.getter, receiver: receiver.value, arguments, at: location,
                                 dispatch: dispatchesAccessors(accessors.getter, of: type))
    }

    /// The place `base[arguments]` with a declared type's subscripts: the indices are evaluated once, then the
    /// getter, the change and the setter run (a class instance is the receiver; a struct is written back).
    /// Nil when `base` has no declared subscripts, `.some(nil)` after an error.
    func userSubscriptPlace(_ base: Expr, _ arguments: [Argument], at location: SourceLocation, mutating: Bool, method: String?,
                            methodAt: SourceLocation?) -> Place?? {
        var receiver: Place?
        let list: [SubscriptAccessors]
        var owner: UserType?
        let chained = optionalChainReceiver(base)
        if isSuperReference(base) {
            // `super[i] = v`: the superclass's accessors, on `self`, not chosen by the instance's class.
            guard let superclass = superclassInScope(at: base.location) else { return .some(nil) }
            list = superclass.subscripts
            receiver = receiverPlace(synthesizedSelf(at: base.location), superclass, mutating: true, method: nil, methodAt: nil)
        } else if let type = staticTypeReference(base), !type.staticSubscripts.isEmpty {
            list = type.staticSubscripts
        // The checker's type (`checkerType`): the base's type picks the subscript before the base compiles as a place.
        } else if let type = chained ?? Compiler.declaredType(checkerType(base)), !type.subscripts.isEmpty {
            list = type.subscripts
            owner = type
            guard let place = receiverPlace(base, type, mutating: mutating, method: method, methodAt: methodAt) else { return .some(nil) }
            receiver = place
        } else {
            return nil
        }
        guard let accessors = chooseSubscript(list, isStatic: receiver == nil, arguments, at: location) else { return .some(nil) }
        guard let setterInfo = accessors.setter else {
            cannotGenerate(at: location)
            return .some(nil)
        }
        let indices = memberArgumentCodes(accessors.getter, hasReceiver: receiver != nil, arguments, at: location) ?? []
        let call = owner.map { dispatchesAccessors(accessors.getter, of: $0) } == true ? dispatchedAccessorCall : accessorCall
        let get = call(accessors.getter, location), set = call(setterInfo, location)
        let hasReceiver = receiver != nil
        let outer = receiver?.modify ?? Compiler.noReceiver
        let modify: (Frame, (inout Value) throws -> Void) throws -> Void = { frame, body in
            var values: [Value] = []
            for index in indices { values.append(try index(frame)) }
            try outer(frame) { object in
                let prefix = hasReceiver ? [object] : []
                var value = try get(prefix + values).result
                try body(&value)
                let after = try set(prefix + values + [value]).receiver
                if hasReceiver { object = after }
            }
        }
        let store: (Frame, [Value], Value) throws -> Void = { frame, values, value in
            try outer(frame) { object in
                let after = try set((hasReceiver ? [object] : []) + values + [value]).receiver
                if hasReceiver { object = after }
            }
        }
        var place = Place(type: accessors.getter.returnType, modify: modify, assign: { newValue in
            let boxed = newValue.value
            return { frame in
                var values: [Value] = []
                for index in indices { values.append(try index(frame)) }
                try store(frame, values, try boxed(frame))
            }
        })
        let readReceiver = Compiler.reader(receiver)
        place.read = { frame in
            var values: [Value] = []
            for index in indices { values.append(try index(frame)) }
            return try get((hasReceiver ? [try readReceiver(frame)] : []) + values).result
        }
        place.write = { frame, value in
            var values: [Value] = []
            for index in indices { values.append(try index(frame)) }
            try store(frame, values, value)
        }
        return place
    }

    /// The subscript that fits `arguments` best (diagnosed when none does).
    private func chooseSubscript(_ list: [SubscriptAccessors], isStatic: Bool, _ arguments: [Argument],
                                 at location: SourceLocation) -> SubscriptAccessors? {
        // Overloads by index type (`grid[1]`, `grid["a1"]`) are ranked like functions' overloads.
        let signatures = list.map { isStatic ? $0.getter : FunctionInfo.withoutSelf($0.getter) }
        guard let (chosen, _) = selectOverload(signatures, arguments, at: location),
              let index = signatures.firstIndex(where: { $0 === chosen }) else { return nil }
        return list[index]
    }

    /// The arguments of a call of `info` (after its receiver, when it has one), in parameter order, with the
    /// default values of the parameters left out.
    func memberArgumentCodes(_ info: FunctionInfo, hasReceiver: Bool, _ arguments: [Argument],
                             at location: SourceLocation) -> [(Frame) throws -> Value]? {
        memberArguments(info, hasReceiver: hasReceiver, arguments, at: location)?.codes
    }

    /// The same, with the write-backs of the `inout` arguments.
    func memberArguments(_ info: FunctionInfo, hasReceiver: Bool, _ arguments: [Argument],
                         at location: SourceLocation) -> MethodArguments? {
        let declared = hasReceiver ? Array(info.parameters.dropFirst()) : info.parameters
        let shapes = declared.map { parameter -> ParameterShape in
            ParameterShape(label: parameter.label, hasDefault: parameter.defaultValue != nil,
                           isFunction: parameter.type.acceptsClosure, type: parameter.type)
        }
        guard var matched = matchArguments(shapes, arguments, at: location),
              let places = inoutArgumentPlaces(declared, &matched, arguments) else { return nil }
        let compiled = compileArguments(declared.map(\.type), matched,
                                        resultBuilderArguments(declared, matched,
                                                               autoclosureArguments(declared, matched, arguments)))
        let globals = self.globals
        var result = MethodArguments(codes: [])
        if !places.isEmpty { result.check = inoutAliasingCheck(arguments, at: location) }
        for (index, parameter) in declared.enumerated() {
            if let place = places[index] {
                result.codes.append(Compiler.reader(place))
                result.writeBacks.append(Compiler.inoutWriteBack(place, parameterIndex: index + (hasReceiver ? 1 : 0),
                                                                 type: parameter.type))
            } else if let typed = compiled[index] {
                result.codes.append(typed.value)
                if declared.count == 1 { result.single = typed }
            } else if let fallback = parameter.defaultValue?.value {
                result.codes.append { _ in try fallback(globals) }
            }
        }
        return result
    }

    /// An `inout` argument whose place is behind accessors: read once before the call, written once after it.
    func addAccessorInout(read: @escaping (Frame) throws -> Value, write: @escaping (Frame, Value) throws -> Void, slot: Int,
                          type: CType, storer: (@escaping (Frame, Frame) throws -> Void) -> Void, writeBacks: inout [StoreBackBox]) {
        let isWord = type.isWord
        storer { caller, callee in
            let current = try read(caller)
            if isWord { callee.words[slot] = WordCoding.word(current) } else { callee.values[slot] = current }
        }
        writeBacks.append(StoreBackBox { caller, callee in
            let final = isWord ? WordCoding.value(callee.word(slot), type) : callee.value(slot)
            try write(caller, final)
        })
    }

    /// `swap(&a.x, &b[i])` where a place is behind accessors: each is read once in argument order, then written
    /// once in reverse order (the accesses end last-begun first, as in Swift).
    func compileAccessorSwap(_ first: Place, _ second: Place, aliasing: @escaping (Frame) throws -> Void) -> Typed {
        let readFirst = Compiler.reader(first), readSecond = Compiler.reader(second)
        let writeFirst = Compiler.writer(first), writeSecond = Compiler.writer(second)
        return Typed(type: .void, code: .void { frame in
            try aliasing(frame)
            let a = try readFirst(frame)
            let b = try readSecond(frame)
            try writeSecond(frame, a)
            try writeFirst(frame, b)
        })
    }

    /// Code storing a value at `place` (its `write`, or through `modify`).
    static func writer(_ place: Place) -> (Frame, Value) throws -> Void {
        if let write = place.write { return write }
        let modify = place.modify
        return { frame, value in try modify(frame) { $0 = value } }
    }
}
