import Diagnostics

/// What a `weak` or `unowned` stored property of a class holds: its object without keeping it alive.
final class WeakReference {
    weak var box: ObjectBox?

    init(_ box: ObjectBox) {
        self.box = box
    }

    /// The stored form of `value` (an object, or nil).
    static func wrap(_ value: Value) -> Value {
        if case .object(let box) = value { return .native(WeakReference(box)) }
        return value
    }

    /// The object a stored value refers to, or nil once the object was freed.
    static func unwrap(_ stored: Value) -> Value {
        guard case .native(let object) = stored, let reference = object as? WeakReference else { return stored }
        return reference.box.map { .object($0) } ?? .none
    }
}

/// `weak var` and `unowned` stored properties of classes: they do not keep their object alive (so a reference
/// cycle through one is freed, and `deinit` runs), and a `weak` one reads nil once its object is freed.
extension Compiler {
    /// Marks the property just declared as held weakly; swiftc's conditions on its type.
    func declareWeakField(of type: UserType, _ ownership: String, _ field: TypeDecl.Field) {
        guard let index = type.fields.indices.last else { return }
        var referenced = type.fields[index].type
        if case .optional(let wrapped) = referenced { referenced = wrapped }
        guard isClassBound(referenced) else {
            if !referenced.hasError { cannotGenerate(at: field.location) }
            return
        }
        if let value = field.value, !(value.kind.isNilLiteral) {
            cannotGenerate(at: value.location)
        }
        type.fields[index].holdsWeakly = true
    }

    /// Reading a weak or unowned property: its object, or nil (an `unowned` non-optional one stops the program).
    func weakFieldRead(_ object: @escaping (Frame) throws -> Value, _ index: Int, _ field: UserType.Field,
                       at location: SourceLocation) -> Typed {
        let mustExist = !Compiler.isOptional(field.type)
        return Typed(type: field.type, code: .value { frame in
            guard case .object(let box) = try object(frame), index < box.fieldCount else { return .none }
            let value = Compiler.releaseWeakHold(box.fields[index])
            if mustExist, case .none = value {
                throw RuntimeError(message: "Attempted to read an unowned reference but the object was already deallocated",
                                   location: location)
            }
            return value
        })
    }

    /// Assigning (or changing in place) a weak or unowned property.
    func weakFieldPlace(_ object: @escaping (Frame) throws -> Value, _ index: Int, _ field: UserType.Field,
                        at location: SourceLocation) -> Place {
        let modify: (Frame, (inout Value) throws -> Void) throws -> Void = { frame, body in
            guard case .object(let box) = try object(frame), index < box.fieldCount else { return }
            var value = Compiler.releaseWeakHold(box.fields[index])
            try body(&value)
            box.fields[index] = Compiler.holdWeakly(value)
        }
        return Place(type: field.type, modify: modify, assign: { newValue in
            let boxed = newValue.value
            return { frame in
                guard case .object(let box) = try object(frame) else { return }
                let value = try boxed(frame)
                if index < box.fieldCount { box.fields[index] = Compiler.holdWeakly(value) }
            }
        })
    }
}

private extension Expr.Kind {
    var isNilLiteral: Bool {
        if case .nilLiteral = self { return true }
        return false
    }
}
