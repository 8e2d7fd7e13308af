import Diagnostics

/// Properties and subscripts reached through accessors, as places and reads: computed properties with `set`,
/// observed stored properties, `lazy var` reads and `subscript`s of declared types. Plain stored properties never
/// come here (every check below is made while compiling), so their reads and writes cost what they did.
extension Compiler {
    /// Calls an accessor with boxed arguments; returns the receiver as the accessor left it (its `self`, for
    /// instance accessors, `.void` otherwise) and its result.
    typealias AccessorCall = ([Value]) throws -> (receiver: Value, result: Value)

    func accessorCall(_ info: FunctionInfo, at location: SourceLocation) -> AccessorCall {
        let runtime = self.runtime, globals = self.globals
        let hasSelf = info.parameters.first?.name == "self"
        return { arguments in
            let frame = try Compiler.invoke(info, parent: globals, arguments: arguments, runtime: runtime, location: location)
            return (hasSelf ? frame.value(info.parameterSlots[0]) : .void, Compiler.result(of: info, in: frame))
        }
    }

    /// The receiver of a static accessor: nothing (`.void`).
    static func noReceiver(_ frame: Frame, _ body: (inout Value) throws -> Void) throws {
        var none = Value.void
        try body(&none)
    }

    // MARK: Assignments

    /// `p.x = v`, `p.x += v`, `m[r, c] = v` where the target goes through an accessor; nil for every other target
    /// (which keep their fast paths). For compound assignments Swift evaluates the right side, then gets the
    /// property, combines and sets it.
    func compileAccessorAssignment(_ op: String, _ target: Expr, _ value: Expr, at location: SourceLocation) -> Typed? {
        guard targetUsesAccessors(target) else { return nil }
        return withScope { () -> Typed in
            guard let place = compilePlace(target, mutating: true) else { return .invalid }
            let type = place.type
            if op == "=" {
                let newValue = converted(compileExpr(value, expected: type), to: type, at: value.conversionLocation)
                return Typed(type: .void, code: .void(place.assign(newValue)))
            }
            let right = compileExpr(value, expected: type)
            if right.type.hasError || type.hasError { return .invalid }
            let rightVariable = declareVariable("$right", type: right.type, isLet: true, at: value.location)
            let current = declareVariable("$current", type: type, isLet: false, at: target.location)
            let storeRight = store(rightVariable, right)
            let currentRead = Expr(.name(current.name), at: target.location)
            let rightRead = Expr(.name(rightVariable.name), at: value.location)
            noteSynthesized(currentRead, from: target)
            noteSynthesized(rightRead, from: value)
            let combined = compileBinary(String(op.dropLast()), currentRead, rightRead, expected: type, at: location)
            if combined.type.hasError { return .invalid }
            guard combined.type == type else {
                cannotGenerate(at: location)  // the checker's `compoundOperatorMistake`
                return .invalid
            }
            let setCurrent = variablePlace(current).modify
            let compute = combined.value
            let modify = place.modify
            return Typed(type: .void, code: .void { frame in
                try storeRight(frame)
                try modify(frame) { stored in
                    let old = stored
                    try setCurrent(frame) { $0 = old }
                    stored = try compute(frame)
                }
            })
        }
    }

    /// Whether assigning to `target` calls an accessor somewhere along its chain.
    func targetUsesAccessors(_ target: Expr) -> Bool {
        switch target.kind {
        case .name(let name):
            switch resolvedName(name, node: target) ?? scopeName(name, at: target.location) {
            case .member(let member): return targetUsesAccessors(member)
            case .binding(let binding): if case .accessor? = binding { return true }
            }
            return false
        case .member(let base?, let name, _):
            if isSuperReference(base) { return true }
            if let type = staticTypeReference(base) {
                return type.staticComputed[name] != nil || type.staticObservers[name] != nil
            }
            if let type = optionalChainReceiver(base), memberUsesAccessor(type, name) == true { return true }
            // The checker's type (`checkerType`): a query about the target, asked before it compiles as a place.
            if case .user(let type) = checkerType(base), memberUsesAccessor(type, name) == true { return true }
            return targetUsesAccessors(base)
        case .subscriptAccess(let base, _):
            if isSuperReference(base) { return true }
            if let type = staticTypeReference(base) { return !type.staticSubscripts.isEmpty }
            if let type = optionalChainReceiver(base), !type.subscripts.isEmpty { return true }
            // The checker's type (`checkerType`): a query about the target, asked before it compiles as a place.
            if case .user(let type) = checkerType(base), !type.subscripts.isEmpty { return true }
            return targetUsesAccessors(base)
        case .forceUnwrap(let base), .optionalChain(let base):
            return targetUsesAccessors(base)
        default:
            return false
        }
    }

    /// Whether `base` is a `let` constant holding the struct or enum whose accessor-backed member `name` is
    /// assigned (`p` in `p.center = c`): no place to store through.
    private func isConstantOwner(_ base: Expr, _ type: UserType, _ name: String) -> Bool {
        guard type.kind != .classType, case .name(let owner) = base.kind, owner != "self",
              case .variable(let variable)? = nameBinding(owner, node: base), variable.isLet else { return false }
        return memberUsesAccessor(type, name) == true
    }

    /// Whether writing member `name` of `type` goes through an accessor (nil when it is not a member).
    private func memberUsesAccessor(_ type: UserType, _ name: String) -> Bool? {
        if type.computed[name] != nil { return true }
        guard let index = type.fieldIndex(name) else { return nil }
        return type.observers[index] != nil
    }

    /// The declared type reached by `a?` or `a!`.
    func optionalChainReceiver(_ base: Expr) -> UserType? {
        switch base.kind {
        case .optionalChain(let inner), .forceUnwrap(let inner):
            // The checker's type (`checkerType`): a query about the receiver, asked before it compiles as a place.
            if case .optional(.user(let type)) = checkerType(inner) { return type }
            return nil
        default:
            return nil
        }
    }

    /// The declared type of a value of `type`, if it is one.
    static func declaredType(_ type: CType) -> UserType? {
        if case .user(let declared) = type { return declared }
        return nil
    }

    /// The declared type `base` names (`Planet` in `Planet[4]`), unless a variable has that name.
    func staticTypeReference(_ base: Expr) -> UserType? {
        guard case .name(let typeName) = base.kind, nameBinding(typeName, node: base) == nil else { return nil }
        return declarations.userTypes[typeName]
    }

    // MARK: Places

    /// The place of `base.name` when it goes through an accessor; nil when it does not (the caller goes on with
    /// stored properties), `.some(nil)` when it does but cannot be assigned (diagnosed).
    func accessorMemberPlace(_ base: Expr, _ name: String, at location: SourceLocation, mutating: Bool, method: String?,
                             methodAt: SourceLocation?) -> Place?? {
        if let place = superMemberPlace(base, name, at: location) { return place }
        if let type = staticTypeReference(base) {
            if let getter = type.staticComputed[name] {
                guard let setter = type.staticSetters[name] else {
                    cannotGenerate(at: location)
                    return .some(nil)
                }
                return computedPlace(nil, getter: getter, setter: setter, receiverFirst: false, dispatch: false, at: location)
            }
            if let observers = type.staticObservers[name], type.observing != name, let variable = type.staticFields[name], !variable.isLet {
                let willSet = observers.willSet.map { accessorCall($0, at: location) }
                let didSet = observers.didSet.map { accessorCall($0, at: location) }
                return observedStoragePlace(variablePlace(variable), willSet: willSet.map { call in { _, value in _ = try call([value]) } },
                                            didSet: didSet.map { call in { _, value in _ = try call([value]) } })
            }
            return nil
        }
        // `a?.x` and `a!.x` reach the wrapped value (see `receiverPlace`).
        // The checker's type (`checkerType`): the owner's type picks the kind of place before the base compiles (a value or a place).
        guard let type = optionalChainReceiver(base) ?? Compiler.declaredType(checkerType(base)) else { return nil }
        let isClass = type.kind == .classType
        // `p.center = c` on a constant struct: the checker's mistake (`TypeChecker.immutablePart(of:)`).
        if method == nil, inoutArgumentLocation == nil, isConstantOwner(base, type, name) {
            cannotGenerate(at: location)
            return .some(nil)
        }
        if let getter = type.computed[name] {
            // `area = 1`, `bag.items.append(4)`: the checker's mistakes (`TypeChecker+GetOnlyDiagnostics`).
            guard let setter = type.setters[name] else {
                cannotGenerate(at: location)
                return .some(nil)
            }
            guard let receiver = receiverPlace(base, type, mutating: mutating, method: method, methodAt: methodAt) else { return .some(nil) }
            return computedPlace(receiver, getter: getter, setter: setter, receiverFirst: isClass,
                                 dispatch: dispatchesAccessors(getter, of: type), at: location)
        }
        // An initializer stores its own class's properties without observing them; inherited ones are observed.
        guard let index = type.fieldIndex(name), let observers = type.observers[index], !type.fields[index].isLet,
              type.observing != name, !isInitializing(type) || type.superclass?.fieldIndex(name) != nil else { return nil }
        guard let receiver = receiverPlace(base, type, mutating: mutating, method: method, methodAt: methodAt) else { return .some(nil) }
        if isClass {
            type.assignedFields.insert(index)
            if needsDynamicObservers(type, index) {
                return dynamicObservedPlace(Compiler.reader(receiver), index, type.fields[index], at: location)
            }
        }
        let field = FieldAccess(index: index, isClass: isClass, lazy: type.lazyInitializers[index].map { accessorCall($0, at: location) },
                                holdsWeakly: type.fields[index].holdsWeakly)
        return observedFieldPlace(receiver, field, type: type.fields[index].type, observers: observers, at: location)
    }

    /// The receiver of an accessor as a place: the variable (or property…) holding a struct or enum, which the
    /// accessor may change; for a class instance, the object (shared, so the base need not be a `var`).
    func receiverPlace(_ base: Expr, _ type: UserType, mutating: Bool, method: String?, methodAt: SourceLocation?) -> Place? {
        guard type.kind == .classType else { return compilePlace(base, mutating: mutating, method: method, methodAt: methodAt) }
        var source = base
        var failure: (() -> any Error)?
        switch base.kind {
        case .optionalChain(let inner):
            // `a?.x = v`: a nil `a` leaves the whole chain (see `compileOptionalChainAssignment`).
            source = inner
            failure = { OptionalChainNil() }
        case .forceUnwrap(let inner):
            source = inner
            let location = base.location
            failure = { RuntimeError(message: "unexpectedly found nil while unwrapping an Optional value", location: location) }
        default:
            break
        }
        let object = compileExpr(source, expected: nil).value
        return Place(type: .user(type), modify: { frame, body in
            var value = try object(frame)
            if let failure, case .none = value { throw failure() }
            try body(&value)
        }, assign: { _ in { _ in } })
    }

    /// A computed property with a setter: modifying it gets the value, changes it, then sets it (and writes the
    /// receiver back). `receiver` is nil for static properties; `receiverFirst` evaluates a class instance before
    /// the new value, as Swift does.
    func computedPlace(_ receiver: Place?, getter: FunctionInfo, setter: FunctionInfo, receiverFirst: Bool, dispatch: Bool,
                       at location: SourceLocation) -> Place {
        // `dispatch`: the accessors are the instance's class's (see `Compiler+SetterOverrides.swift`).
        let call = dispatch ? dispatchedAccessorCall : accessorCall
        let get = call(getter, location), set = call(setter, location)
        let outer = receiver?.modify ?? Compiler.noReceiver
        let hasReceiver = receiver != nil
        let modify: (Frame, (inout Value) throws -> Void) throws -> Void = { frame, body in
            try outer(frame) { receiver in
                var value = try get(hasReceiver ? [receiver] : []).result
                try body(&value)
                let after = try set(hasReceiver ? [receiver, value] : [value]).receiver
                if hasReceiver { receiver = after }
            }
        }
        var place = Place(type: getter.returnType, modify: modify, assign: { newValue in
            let boxed = newValue.value
            return { frame in
                var early: Value?
                if !receiverFirst { early = try boxed(frame) }
                try outer(frame) { receiver in
                    let value = try early ?? (try boxed(frame))
                    let after = try set(hasReceiver ? [receiver, value] : [value]).receiver
                    if hasReceiver { receiver = after }
                }
            }
        })
        let readReceiver = Compiler.reader(receiver)
        place.read = { frame in try get(hasReceiver ? [try readReceiver(frame)] : []).result }
        place.write = { frame, value in
            try outer(frame) { receiver in
                let after = try set(hasReceiver ? [receiver, value] : [value]).receiver
                if hasReceiver { receiver = after }
            }
        }
        return place
    }

    /// Code reading the value at `place` without changing it (`.void` for no place).
    static func reader(_ place: Place?) -> (Frame) throws -> Value {
        guard let place else { return { _ in .void } }
        if let read = place.read { return read }
        let modify = place.modify
        return { frame in
            var value = Value.void
            try modify(frame) { value = $0 }
            return value
        }
    }

    /// An observed stored property of an instance: `willSet` runs before the store, `didSet` after it, around any
    /// modification (an assignment, a mutating method, an `inout` argument); both may change the receiver.
    private func observedFieldPlace(_ receiver: Place, _ field: FieldAccess, type: CType, observers: PropertyObservers,
                                    at location: SourceLocation) -> Place {
        let willSet = observers.willSet.map { accessorCall($0, at: location) }
        let didSet = observers.didSet.map { accessorCall($0, at: location) }
        let outer = receiver.modify
        let modify: (Frame, (inout Value) throws -> Void) throws -> Void = { frame, body in
            try outer(frame) { object in try field.modifyObserved(&object, willSet: willSet, didSet: didSet, body) }
        }

        var place = Place(type: type, modify: modify, assign: { newValue in
            let boxed = newValue.value
            return { frame in
                let value = try boxed(frame)
                try modify(frame) { $0 = value }
            }
        })
        let readReceiver = Compiler.reader(receiver)
        place.read = { frame in try field.get(try readReceiver(frame)) }
        place.write = { frame, value in try modify(frame) { $0 = value } }
        return place
    }

    /// An observed variable (a static stored property's hidden global, or a variable with observers): its value
    /// is read, changed, then stored between the observers, which take the new and the old value.
    func observedStoragePlace(_ storage: Place, willSet: ((Frame, Value) throws -> Void)?,
                              didSet: ((Frame, Value) throws -> Void)?) -> Place {
        let access = storage.modify
        let modify: (Frame, (inout Value) throws -> Void) throws -> Void = { frame, body in
            var old = Value.void
            try access(frame) { old = $0 }
            var new = old
            try body(&new)
            try willSet?(frame, new)
            try access(frame) { $0 = new }
            try didSet?(frame, old)
        }
        var place = Place(type: storage.type, modify: modify, assign: { newValue in
            let boxed = newValue.value
            return { frame in
                let value = try boxed(frame)
                try modify(frame) { $0 = value }
            }
        })
        place.read = Compiler.reader(storage)
        place.write = { frame, value in try modify(frame) { $0 = value } }
        return place
    }

    /// Reading and writing one stored property of a receiver value (a struct's fields or a class instance's).
    struct FieldAccess {
        let index: Int
        let isClass: Bool
        /// The initial value of a `lazy var`, computed on its first read.
        let lazy: AccessorCall?
        /// A `weak` or `unowned` property (its object is stored as a `WeakReference`).
        var holdsWeakly = false

        /// Changes the property of `object` by `body`, between its observers: `willSet` gets the new value, `didSet`
        /// the old one.
        func modifyObserved(_ object: inout Value, willSet: AccessorCall?, didSet: AccessorCall?,
                            _ body: (inout Value) throws -> Void) throws {
            let old = try get(object)
            var new = old
            try body(&new)
            if let willSet { object = try willSet([object, new]).receiver }
            set(&object, new)
            if let didSet { object = try didSet([object, old]).receiver }
        }

        func get(_ receiver: Value) throws -> Value {
            if isClass {
                guard case .object(let box) = receiver, index < box.fieldCount else { return .void }
                if let lazy, case .void = box.fields[index] {
                    let value = try lazy([receiver]).result
                    box.fields[index] = value
                    return value
                }
                return holdsWeakly ? WeakReference.unwrap(box.fields[index]) : box.fields[index]
            }
            let fields = receiver.tupleValue
            return index < fields.count ? fields[index] : .void
        }

        func set(_ receiver: inout Value, _ value: Value) {
            if isClass {
                guard case .object(let box) = receiver, index < box.fieldCount else { return }
                box.fields[index] = holdsWeakly ? WeakReference.wrap(value) : value
                return
            }
            receiver.updateTuple { fields in
                if index < fields.count { fields[index] = value }
            }
        }
    }
}
