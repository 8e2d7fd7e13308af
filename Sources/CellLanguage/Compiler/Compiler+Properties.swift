import Diagnostics

/// Declaring and compiling the accessors of a declared type: computed-property setters, property observers,
/// `lazy var` initial values and `subscript`s (see `Compiler+AccessorPlaces.swift` for their use as places).
extension Compiler {
    // MARK: Declaration (pass 1)

    /// Registers the signatures of the type's setters, observers, lazy initial values and subscripts.
    func declareAccessors(_ decl: TypeDecl, _ type: UserType) {
        let selfType = type.selfType
        for computed in decl.computed { declareComputedSetter(computed, type) }
        declareObservedOverrides(decl, type)
        for field in decl.fields where !field.isStatic {
            guard let index = type.fieldIndex(field.name) else { continue }
            let fieldType = type.fields[index].type
            if field.willSet != nil || field.didSet != nil { type.observers[index] = observerInfos(field, fieldType, receiver: selfType) }
            if field.isLazy {
                type.lazyInitializers[index] = accessorInfo(field.name, receiver: selfType, value: nil, returns: fieldType,
                                                            at: field.location)
            }
        }
        for item in decl.subscripts where item.genericParameters.isEmpty {
            let (getterDecl, setterDecl) = Compiler.subscriptFunctions(item)
            guard let getter = makeFunctionInfo(getterDecl, selfType: item.isStatic ? nil : selfType) else { continue }
            let setter = setterDecl.flatMap { makeFunctionInfo($0, selfType: item.isStatic ? nil : selfType) }
            let accessors = SubscriptAccessors(getter: getter, setter: setter)
            if item.isStatic { type.staticSubscripts.append(accessors) } else { addSubscript(accessors, item, to: type) }
        }
    }

    /// A subscript's getter and setter as functions (the setter takes the indices, then the new value).
    private static func subscriptFunctions(_ item: TypeDecl.Subscript) -> (FunctionDecl, FunctionDecl?) {
        let getter = FunctionDecl(name: "subscript", parameters: item.parameters, returnType: item.returnType, body: item.getter,
                                  location: item.location)
        getter.closingBrace = item.closingBrace
        let setter = item.setter.map { set in
            let newValue = FunctionDecl.Parameter(label: nil, name: set.parameter, type: item.returnType, defaultValue: nil,
                                                  isInout: false, isVariadic: false, location: set.location)
            return FunctionDecl(name: "subscript", parameters: item.parameters + [newValue], returnType: nil, body: set.body,
                                location: set.location)
        }
        return (getter, setter)
    }

    /// A function for an accessor: the receiver (instance members), then the accessor's value parameter.
    func accessorInfo(_ name: String, receiver: CType?, value: (name: String, type: CType)?, returns: CType,
                              at location: SourceLocation) -> FunctionInfo {
        var parameters: [FunctionInfo.Parameter] = []
        if let receiver { parameters.append(.init(label: nil, name: "self", type: receiver)) }
        if let value { parameters.append(.init(label: nil, name: value.name, type: value.type)) }
        let info = FunctionInfo(name: name, parameters: parameters, returnType: returns, level: 0, location: location)
        info.cell = currentCell
        compiledFunctions.append(info)
        info.allocateSignatureSlots()
        return info
    }

    // MARK: Bodies (pass 2)

    /// The signatures of the `willSet` and `didSet` of the stored property `field` (of type `fieldType`); `receiver`
    /// is the instance's type, nil for a static property.
    func observerInfos(_ field: TypeDecl.Field, _ fieldType: CType, receiver: CType?) -> PropertyObservers {
        PropertyObservers(
            willSet: field.willSet.map { accessorInfo("willSet", receiver: receiver, value: ($0.parameter, fieldType), returns: .void,
                                                      at: $0.location) },
            didSet: field.didSet.map { accessorInfo("didSet", receiver: receiver, value: ($0.parameter, fieldType), returns: .void,
                                                    at: $0.location) })
    }

    /// Compiles the `willSet` and `didSet` bodies of the stored property `field` of `type`.
    func compileObserverBodies(_ field: TypeDecl.Field, _ observers: PropertyObservers, of type: UserType, isStatic: Bool = false) {
        type.observing = field.name
        for (accessor, info) in [(field.willSet, observers.willSet), (field.didSet, observers.didSet)] {
            guard let accessor, let info else { continue }
            compileMemberBody(info, parameters: [Compiler.valueParameter(accessor)], body: accessor.body, type: type,
                              hasSelf: !isStatic, mutableSelf: !isStatic, location: accessor.location)
        }
        type.observing = nil
    }

    /// Compiles the bodies of the type's setters, observers, lazy initial values and subscripts.
    func compileAccessorBodies(_ decl: TypeDecl, _ type: UserType) {
        compileObservedOverrides(decl, type)
        for computed in decl.computed {
            guard let setter = computed.setter,
                  let info = computed.isStatic ? type.staticSetters[computed.name] : type.setters[computed.name] else { continue }
            compileMemberBody(info, parameters: [Compiler.valueParameter(setter)], body: setter.body, type: type,
                              hasSelf: !computed.isStatic, mutableSelf: true, location: setter.location)
        }
        for field in decl.fields {
            if field.isStatic {
                if field.willSet != nil || field.didSet != nil { declareStaticObservers(field, type) }
                continue
            }
            guard let index = type.fieldIndex(field.name) else { continue }
            if let observers = type.observers[index] { compileObserverBodies(field, observers, of: type) }
            if let info = type.lazyInitializers[index], let value = field.value {
                compileMemberBody(info, parameters: [], body: [.returnStatement(value, value.location)], type: type, hasSelf: true,
                                  mutableSelf: false, location: field.location)
            }
        }
        for item in decl.subscripts where item.genericParameters.isEmpty {
            // Found by position (a subclass's list starts with the inherited subscripts, its overrides in their place).
            let list = item.isStatic ? type.staticSubscripts : type.subscripts
            guard let position = list.firstIndex(where: { $0.getter.location == item.location }) else { continue }
            compileMemberBody(list[position].getter, parameters: item.parameters, body: item.getter, type: type, hasSelf: !item.isStatic,
                              mutableSelf: false, location: item.location)
            if let setter = item.setter, let info = list[position].setter {
                compileMemberBody(info, parameters: item.parameters + [Compiler.valueParameter(setter)], body: setter.body, type: type,
                                  hasSelf: !item.isStatic, mutableSelf: true, location: setter.location)
            }
        }
    }

    /// The observers of a static stored property (its hidden global exists by now): declared with it when it was
    /// declared with the cell's declarations, else now.
    private func declareStaticObservers(_ field: TypeDecl.Field, _ type: UserType) {
        guard let variable = type.staticFields[field.name] else { return }
        let observers = type.staticObservers[field.name] ?? observerInfos(field, variable.type, receiver: nil)
        type.staticObservers[field.name] = observers
        compileObserverBodies(field, observers, of: type, isStatic: true)
    }

    /// The implicit parameter of an accessor (`newValue`, `oldValue` or the name written), as a declared parameter.
    private static func valueParameter(_ accessor: TypeDecl.Accessor) -> FunctionDecl.Parameter {
        FunctionDecl.Parameter(label: nil, name: accessor.parameter, type: .tuple([], []), defaultValue: nil, isInout: false,
                               isVariadic: false, location: accessor.location)
    }
}
