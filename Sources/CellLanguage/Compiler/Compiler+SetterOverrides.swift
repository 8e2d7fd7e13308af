import Diagnostics

/// Setters chosen by the instance's class: a subclass's `override var p: T { get … set … }`, its observers of an
/// inherited computed property (`override var p: T { willSet … didSet … }`) and its `override subscript` replace
/// the inherited setter (and getter) in the class's override table (`UserType.overrides`), so an assignment, a
/// compound assignment or an `inout` argument through a base-class reference runs the instance's class's accessors.
/// Accessors of a `final` class or member stay direct calls. `super.p = v` and `super[i]` run the superclass's.
extension Compiler {
    // MARK: Declarations (pass 1)

    /// Declares the setter of the computed property `computed` of `type`; with `override`, it overrides the
    /// inherited one (an override without a setter of a property that has one is refused, as swiftc does).
    func declareComputedSetter(_ computed: TypeDecl.Computed, _ type: UserType) {
        let inherited = computed.isOverride ? type.superclass?.setters[computed.name] : nil
        if computed.isStatic, computed.isOverride, computed.setter != nil {
            // A static setter is reached through the type's name only; overriding one is not modelled.
            cannotGenerate(at: computed.location)  // refused by `UnsupportedConstructs`
            return
        }
        // A read-only override of a settable property is the declaration checks' (`DeclarationChecks`).
        guard let setter = computed.setter,
              let getter = computed.isStatic ? type.staticComputed[computed.name] : type.computed[computed.name] else { return }
        let info = accessorInfo("set", receiver: computed.isStatic ? nil : type.selfType, value: (setter.parameter, getter.returnType),
                                returns: .void, at: setter.location)
        if computed.isStatic { type.staticSetters[computed.name] = info } else { type.setters[computed.name] = info }
        if let inherited, !computed.isStatic { recordOverride(of: inherited, by: info, in: type) }
    }

    /// `override var p: T { willSet … didSet … }` on an inherited computed property: the class gets a setter that
    /// runs its `willSet`, the superclass's setter, then its `didSet` (the old value is read first with the
    /// superclass's getter, only when `didSet` names it, as swiftc does).
    func declareObservedComputedOverride(_ field: TypeDecl.Field, _ type: UserType) {
        guard let base = type.superclass, let getter = base.computed[field.name] else { return }
        // Observing a read-only property is the declaration checks' mistake (`DeclarationChecks`).
        guard let inherited = base.setters[field.name] else { return }
        let valueType = getter.returnType
        if let declared = field.type, resolveType(declared) != valueType {
            cannotGenerate(at: field.location)  // refused by the checker (`TypeChecker.observedOverrideTypes`)
            return
        }
        let observers = observerInfos(field, valueType, receiver: .user(type))
        let setter = accessorInfo("set", receiver: .user(type), value: ("newValue", valueType), returns: .void, at: field.location)
        let willSet = observers.willSet.map { accessorCall($0, at: field.location) }
        let didSet = observers.didSet.map { accessorCall($0, at: field.location) }
        let getOld = field.didSet?.readsParameter == true ? accessorCall(getter, at: field.location) : nil
        let setInherited = accessorCall(inherited, at: field.location)
        let selfSlot = setter.parameterSlots[0], valueSlot = setter.parameterSlots[1]
        setter.body = { frame in
            let receiver = frame.value(selfSlot)
            let new = valueType.isWord ? WordCoding.value(frame.word(valueSlot), valueType) : frame.value(valueSlot)
            let old = try getOld?([receiver]).result ?? .void
            _ = try willSet?([receiver, new])
            _ = try setInherited([receiver, new])
            _ = try didSet?([receiver, old])
            return .normal
        }
        setter.sealLayout()
        type.setters[field.name] = setter
        type.computedObservers[field.name] = observers
        recordOverride(of: inherited, by: setter, in: type)
    }

    /// Adds an instance subscript; in a subclass, one with the parameters of an inherited subscript overrides it
    /// (its getter and setter), in the inherited one's place.
    func addSubscript(_ accessors: SubscriptAccessors, _ item: TypeDecl.Subscript, to type: UserType) {
        if item.isFinal { type.finalMembers.insert(accessors.getter) }
        let parameters = Array(accessors.getter.parameters.dropFirst())
        let inheritedCount = type.superclass?.subscripts.count ?? 0
        guard let position = type.subscripts.prefix(inheritedCount).firstIndex(where: {
            Compiler.sameParameters(Array($0.getter.parameters.dropFirst()), parameters)
        }) else {
            type.subscripts.append(accessors)
            return
        }
        // `override`, `final` and a dropped setter are the declaration checks' (`DeclarationChecks`).
        let overridden = type.subscripts[position]
        recordOverride(of: overridden.getter, by: accessors.getter, in: type)
        if let old = overridden.setter, let new = accessors.setter { recordOverride(of: old, by: new, in: type) }
        type.subscripts[position] = accessors
    }

    // MARK: Calls

    /// Calls an instance accessor chosen by the class of its receiver (the first argument), like `accessorCall`.
    func dispatchedAccessorCall(_ info: FunctionInfo, at location: SourceLocation) -> AccessorCall {
        let runtime = self.runtime, globals = self.globals
        return { arguments in
            let target = Compiler.dispatchTarget(info, arguments[0])
            let frame = try Compiler.invoke(target, parent: globals, arguments: arguments, runtime: runtime, location: location)
            return (frame.value(target.parameterSlots[0]), Compiler.result(of: target, in: frame))
        }
    }

    /// Whether the accessors of member `getter` of `type` are chosen by the instance's class.
    func dispatchesAccessors(_ getter: FunctionInfo, of type: UserType) -> Bool {
        type.kind == .classType && Compiler.mayBeOverridden(getter, in: type)
    }

    // MARK: super

    /// Whether `base` is `super` (not a variable of that name).
    func isSuperReference(_ base: Expr) -> Bool {
        if case .name("super") = base.kind, nameBinding("super", node: base) == nil { return true }
        return false
    }

    /// The place `super.name` in a subclass's member: the superclass's setter (or stored property), not chosen by
    /// the instance's class; nil when `base` is not `super`, `.some(nil)` after an error.
    func superMemberPlace(_ base: Expr, _ name: String, at location: SourceLocation) -> Place?? {
        guard isSuperReference(base) else { return nil }
        guard let superclass = superclassInScope(at: base.location) else { return .some(nil) }
        let selfExpr = synthesizedSelf(at: base.location)
        if let getter = superclass.computed[name] {
            guard let setter = superclass.setters[name] else {
                cannotGenerate(at: location)
                return .some(nil)
            }
            guard let receiver = receiverPlace(selfExpr, superclass, mutating: true, method: nil, methodAt: nil) else { return .some(nil) }
            return computedPlace(receiver, getter: getter, setter: setter, receiverFirst: true, dispatch: false, at: location)
        }
        guard let index = superclass.fieldIndex(name) else {
            cannotGenerate(at: location)
            return .some(nil)
        }
        if superclass.observers[index] != nil || superclass.fieldsObservedBySubclasses.contains(index) {
            cannotGenerate(at: location)  // refused by the checker (`TypeChecker.superPlace`)
            return .some(nil)
        }
        return compilePlace(Expr(.member(selfExpr, name, location), at: location), mutating: true)
    }
}
