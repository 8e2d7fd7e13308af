import Diagnostics

/// `p.value = v`, `p.value += 1`, `items[i].value -= 1` where `p` holds a protocol type (`var p: any P`) and
/// `value` is a `{ get set }` requirement: the concrete value's property is changed in place, found through the
/// value's existential tag at run time (a stored property, or a computed one through its getter and setter).
extension Compiler {
    /// The place of requirement `name` of the protocol-typed value at `container`; nil when `name` is no instance
    /// property requirement of `proto` (the caller reports it), `.some(nil)` for a get-only one (the checker's mistake).
    func existentialPropertyPlace(_ container: Place, _ proto: UserType, _ name: String, at location: SourceLocation) -> Place?? {
        guard let requirement = findRequirement(proto, name), requirement.kind == .property, !requirement.isStatic else { return nil }
        guard requirement.settable else {
            cannotGenerate(at: location)
            return .some(nil)
        }
        let type = substitutedRequirement(requirement, on: proto).type
        let id = requirement.id, outer = container.modify
        let modify: (Frame, (inout Value) throws -> Void) throws -> Void = { frame, body in
            try outer(frame) { existential in
                guard let (tag, _) = ExistentialTag.unwrap(existential), let access = tag.propertyAccess(id) else {
                    throw RuntimeError(message: "no implementation of '\(name)' for this value", location: location)
                }
                try existential.updateTuple { pair in try access(&pair[1], body) }
            }
        }
        return Place(type: type, modify: modify, assign: { newValue in
            let boxed = newValue.value
            return { frame in
                let value = try boxed(frame)
                try modify(frame) { $0 = value }
            }
        })
    }

    /// The place `p[i]` of the protocol-typed value at `container` whose protocol requires a subscript (the one the
    /// labels select, as `requirementSubscriptRead` selects it): the indices are evaluated once, then the concrete
    /// value's own getter, the change and its setter run through the value's existential tag. Nil when `proto`
    /// requires no subscript, `.some(nil)` after an error (a get-only one is the checker's mistake). In a generic
    /// body checked under placeholders, a place that never runs (calls run specializations).
    func existentialSubscriptPlace(_ container: Place, _ proto: UserType, _ arguments: [Argument], at location: SourceLocation) -> Place?? {
        let requirements = subscriptRequirements(of: proto)
        let labels = arguments.map(\.label)
        guard let found = requirements.first(where: { $0.labels == labels }) ?? requirements.first else { return nil }
        let seen = substitutedRequirement(found, on: proto)
        let shapes = seen.labels.map { ParameterShape(label: $0, hasDefault: false, isFunction: false) }
        guard found.settable, let matched = matchArguments(shapes, arguments, at: location) else {
            cannotGenerate(at: location)
            return .some(nil)
        }
        let codes = compileArguments(seen.parameterTypes, matched, arguments).map { $0?.value ?? { _ in .void } }
        let id = found.id, outer = container.modify
        let unspecialized = protocolState.placeholderTypes.contains(proto)
        let indices: (Frame) throws -> [Value] = { frame in
            if unspecialized { throw RuntimeError(message: "a generic body ran unspecialized", location: location) }
            return try codes.map { try $0(frame) }
        }
        let witnesses: (Value) throws -> (ExistentialTag, Value, ExistentialTag.Witness) = { existential in
            guard let (tag, concrete) = ExistentialTag.unwrap(existential), let setter = tag.subscriptSetter(id) else {
                throw RuntimeError(message: "no implementation of 'subscript' for this value", location: location)
            }
            return (tag, concrete, setter)
        }
        let modify: (Frame, (inout Value) throws -> Void) throws -> Void = { frame, body in
            let values = try indices(frame)
            try outer(frame) { existential in
                let (tag, concrete, setter) = try witnesses(existential)
                guard let getter = tag.witness(id) else {
                    throw RuntimeError(message: "no implementation of 'subscript' for this value", location: location)
                }
                var arguments = [concrete] + values
                var value = try getter(&arguments, location)
                try body(&value)
                var changed = [arguments[0]] + values + [value]
                _ = try setter(&changed, location)
                existential = tag.wrap(changed[0])
            }
        }
        return Place(type: seen.type, modify: modify, assign: { newValue in
            let boxed = newValue.value
            return { frame in
                let values = try indices(frame)
                let value = try boxed(frame)
                try outer(frame) { existential in
                    let (tag, concrete, setter) = try witnesses(existential)
                    var changed = [concrete] + values + [value]
                    _ = try setter(&changed, location)
                    existential = tag.wrap(changed[0])
                }
            }
        })
    }

    /// The setter witness of a `{ get set }` subscript requirement that `source` (the getter) implements on `owner`:
    /// runs the concrete type's own setter (the instance's class chooses it when subclasses may override it) and
    /// leaves the changed value in `arguments[0]`; nil for witnesses this path does not reach.
    func subscriptSetter(_ source: WitnessSource, owner: UserType) -> ExistentialTag.Witness? {
        guard case .member(let getter) = source, let accessors = owner.subscripts.first(where: { $0.getter === getter }),
              let setter = accessors.setter else { return nil }
        let call = dispatchesAccessors(getter, of: owner) ? dispatchedAccessorCall : accessorCall
        let set = call(setter, setter.location)
        return { arguments, _ in
            arguments[0] = try set(arguments).receiver
            return .void
        }
    }

    /// `p.name = v` where `p` holds a class-bound protocol type (`protocol P: AnyObject`): the instance is shared, so
    /// `p` need not be a `var` (as for a class-typed value).
    func classBoundRequirementPlace(_ base: Expr, _ proto: UserType, _ name: String, at location: SourceLocation) -> Place?? {
        guard let requirement = findRequirement(proto, name), requirement.kind == .property, !requirement.isStatic else { return nil }
        let object = compileExpr(base, expected: nil).value
        // A temporary holding the existential: only the shared instance inside it changes, and it is never assigned
        // as a whole (the place returned is the requirement's).
        let container = Place(type: .user(proto), modify: { frame, body in
            var value = try object(frame)
            try body(&value)
        }, assign: { _ in { _ in } })
        return existentialPropertyPlace(container, proto, name, at: location)
    }

    /// How the concrete type `owner` gives in-place access to the settable property `name` its witness `source`
    /// implements (observers run as they do on a value of the concrete type); nil for witnesses this path does not
    /// reach (a class's stored property that its subclasses observe).
    func propertyAccess(_ source: WitnessSource, owner: UserType, _ name: String) -> ExistentialTag.PropertyAccess? {
        switch source {
        case .field(let index):
            let field = owner.fields[index], isClass = owner.kind == .classType
            if isClass {
                guard !needsDynamicObservers(owner, index) else { return nil }
                owner.assignedFields.insert(index)
            }
            let observers = owner.observers[index]
            guard observers != nil || field.holdsWeakly || owner.lazyInitializers[index] != nil else {
                return Compiler.plainFieldAccess(index, isClass: isClass)
            }
            let location = observers?.didSet?.location ?? observers?.willSet?.location ?? SourceLocation(line: 1, column: 1)
            let access = FieldAccess(index: index, isClass: isClass,
                                     lazy: owner.lazyInitializers[index].map { accessorCall($0, at: location) },
                                     holdsWeakly: field.holdsWeakly)
            let willSet = observers?.willSet.map { accessorCall($0, at: location) }
            let didSet = observers?.didSet.map { accessorCall($0, at: location) }
            return { concrete, body in try access.modifyObserved(&concrete, willSet: willSet, didSet: didSet, body) }
        case .member(let getter):
            guard let setter = owner.setters[name] else { return nil }
            let call = dispatchesAccessors(getter, of: owner) ? dispatchedAccessorCall : accessorCall
            let get = call(getter, getter.location), set = call(setter, setter.location)
            return { concrete, body in
                var value = try get([concrete]).result
                try body(&value)
                concrete = try set([concrete, value]).receiver
            }
        case .protocolDefault, .typeLevel:
            return nil
        }
    }

    /// In-place access to stored property `index` of a struct value or a class instance, without observers.
    private static func plainFieldAccess(_ index: Int, isClass: Bool) -> ExistentialTag.PropertyAccess {
        guard isClass else {
            return { concrete, body in
                try concrete.updateTuple { fields in if index < fields.count { try body(&fields[index]) } }
            }
        }
        return { concrete, body in
            guard case .object(let box) = concrete, index < box.fieldCount else { return }
            try body(&box.fields[index])
        }
    }
}
