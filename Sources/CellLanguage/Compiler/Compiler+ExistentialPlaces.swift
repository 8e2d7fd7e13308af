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
