import Diagnostics

/// Observers added to an inherited stored property (`override var currentSpeed: Double { didSet { … } }`): an
/// assignment runs the subclass's `willSet`, the superclass's observers around the store, then the subclass's
/// `didSet`, as Swift does. Which observers run depends on the instance's class, so an assignment through a class
/// that some subclass observes this way looks the observers up on the instance when it runs (other assignments
/// keep their direct paths). Code compiled before the subclass existed (an earlier cell's) cannot do that: a
/// subclass observing a property such code assigns is refused.
extension Compiler {
    /// Declares the observers of `decl`'s `override var … { willSet/didSet }` (pass 1).
    func declareObservedOverrides(_ decl: TypeDecl, _ type: UserType) {
        for field in decl.observedOverrides {
            guard let base = type.superclass, let index = base.fieldIndex(field.name) else {
                // Observing nothing inherited is the declaration checks' mistake (`DeclarationChecks`).
                if type.superclass?.computed[field.name] != nil { declareObservedComputedOverride(field, type) }
                continue
            }
            let fieldType = type.fields[index].type
            if let declared = field.type, resolveType(declared) != fieldType {
                cannotGenerate(at: field.location)  // refused by the checker (`TypeChecker.observedOverrideTypes`)
                continue
            }
            if type.fields[index].isLet {
                cannotGenerate(at: field.location)  // refused by `UnsupportedConstructs`
                continue
            }
            var ancestor: UserType? = base
            var assignedBy: UserType?
            while let current = ancestor {
                if current.assignedFields.contains(index) { assignedBy = assignedBy ?? current }
                current.fieldsObservedBySubclasses.insert(index)
                ancestor = current.superclass
            }
            if assignedBy != nil {
                cannotGenerate(at: field.location)  // refused by the checker (`TypeChecker.observedOverridesAssignedEarlier`)
                continue
            }
            var observers = observerInfos(field, fieldType, receiver: .user(type))
            observers.overridden = type.observers[index].map { [$0] } ?? []
            type.observers[index] = observers
        }
    }

    /// Compiles the bodies of `decl`'s observers of inherited properties (pass 2).
    func compileObservedOverrides(_ decl: TypeDecl, _ type: UserType) {
        for field in decl.observedOverrides {
            if let observers = type.computedObservers[field.name] { compileObserverBodies(field, observers, of: type) }
            guard let index = type.fieldIndex(field.name), let observers = type.observers[index] else { continue }
            compileObserverBodies(field, observers, of: type)
        }
    }

    /// Whether an assignment to field `index` through `type` must find its observers on the instance's class.
    func needsDynamicObservers(_ type: UserType, _ index: Int) -> Bool {
        type.kind == .classType
            && (type.fieldsObservedBySubclasses.contains(index) || !(type.observers[index]?.overridden.isEmpty ?? true))
    }

    /// The stored property `index` of the object `object` yields, assigned with the observers of the object's class.
    func dynamicObservedPlace(_ object: @escaping (Frame) throws -> Value, _ index: Int, _ field: UserType.Field,
                              at location: SourceLocation) -> Place {
        let access = FieldAccess(index: index, isClass: true, lazy: nil, holdsWeakly: field.holdsWeakly)
        let runtime = self.runtime, globals = self.globals
        func call(_ info: FunctionInfo, _ arguments: [Value]) throws -> Value {
            let frame = try Compiler.invoke(info, parent: globals, arguments: arguments, runtime: runtime, location: location)
            return frame.value(info.parameterSlots[0])
        }
        let modify: (Frame, (inout Value) throws -> Void) throws -> Void = { frame, body in
            var receiver = try object(frame)
            guard case .object(let box) = receiver else { return }
            let old = try access.get(receiver)
            var new = old
            try body(&new)
            guard let observers = box.type.observers[index] else { return access.set(&receiver, new) }
            for info in observers.willSets { receiver = try call(info, [receiver, new]) }
            access.set(&receiver, new)
            for info in observers.didSets { receiver = try call(info, [receiver, old]) }
        }
        var place = Place(type: field.type, modify: modify, assign: { newValue in
            let boxed = newValue.value
            return { frame in
                let value = try boxed(frame)
                try modify(frame) { $0 = value }
            }
        })
        place.read = { frame in try access.get(try object(frame)) }
        place.write = { frame, value in try modify(frame) { $0 = value } }
        return place
    }
}
