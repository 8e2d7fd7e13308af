import Diagnostics

/// `AnyObject`: the protocol type every class instance conforms to (`let objects: [AnyObject] = [Circle(…), …]`,
/// `protocol Delegate: AnyObject`), held like any protocol type as an existential (`ExistentialTag`) without
/// requirements; and casts out of protocol types (`object as? HasArea`, `shape as? Circle`, `item is Square`),
/// which read the held value's concrete type at run time.
extension Compiler {
    /// The `AnyObject` protocol type.
    var anyObjectType: UserType { standardProtocol("AnyObject", \.anyObject) }

    /// The protocol type `name` of the standard library (no requirements), made once and kept at `key`.
    func standardProtocol(_ name: String, _ key: ReferenceWritableKeyPath<ProtocolState, UserType?>) -> UserType {
        if let type = protocolState[keyPath: key] { return type }
        let type = UserType(kind: .protocolType, name: name, qualifiedName: "Swift." + name)
        type.protocolInfo = ProtocolInfo()
        protocolState[keyPath: key] = type
        return type
    }

    /// Whether values of `type` are class instances: a class, or a protocol type that only classes conform to.
    func isClassBound(_ type: CType) -> Bool {
        guard case .user(let userType) = type else { return false }
        switch userType.kind {
        case .classType:
            return true
        case .protocolType:
            if userType.protocolInfo?.superclass != nil { return true }
            guard let anyObject = protocolState.anyObject else { return false }
            return protocolFamily(userType).contains { $0 === anyObject }
        default:
            return false
        }
    }

    /// `value is T`, `value as? T`, `value as! T` where the value has a protocol type and `T` is a class, a
    /// protocol, or a concrete type; nil for other targets (refused by the caller).
    func existentialCast(_ typed: Typed, to target: CType, _ op: String, at location: SourceLocation) -> Typed? {
        guard let test = existentialTest(to: target) else { return nil }
        let value = typed.value
        switch op {
        case "is":
            return Typed(type: .bool, code: .bool { frame in test(try value(frame)) != nil })
        case "as?":
            return Typed(type: .optional(target), code: .value { frame in test(try value(frame)) ?? .none })
        default:
            return Typed(type: target, code: .value { frame in
                let held = try value(frame)
                if let result = test(held) { return result }
                guard let (tag, concrete) = ExistentialTag.unwrap(held) else {
                    throw RuntimeError(message: "unexpectedly found nil while unwrapping an Optional value", location: location)
                }
                var name = tag.type.description
                if case .object(let box) = concrete { name = box.type.qualifiedName }
                throw RuntimeError(message: "Could not cast value of type '\(name)' to '\(target)'", location: location)
            })
        }
    }

    /// `object is P`, `as? P`, `as! P` on a class instance (non-optional): its dynamic class may conform to `P`.
    func classToProtocolCast(_ typed: Typed, to target: CType, _ op: String, at location: SourceLocation) -> Typed? {
        guard case .user(let source) = typed.type, source.kind == .classType, case .user(let proto) = target,
              proto.kind == .protocolType, let tag = existentialTag(for: typed.type) else { return nil }
        let value = typed.value
        let held = Typed(type: .user(anyObjectType), code: .value { frame in tag.wrap(try value(frame)) })
        return existentialCast(held, to: target, op, at: location)
    }

    /// The run-time test of a cast out of a protocol type: the value as `target`, or nil when it is not one.
    func existentialTest(to target: CType) -> ((Value) -> Value?)? {
        switch target {
        case .user(let type) where type.kind == .classType:
            return { held in
                guard let (_, concrete) = ExistentialTag.unwrap(held), Compiler.isInstance(concrete, of: type) else { return nil }
                return concrete
            }
        case .user(let proto) where proto.kind == .protocolType:
            guard proto.protocolInfo?.isComposition != true, !protocolState.placeholderTypes.contains(proto),
                  !hasAssociatedTypes(proto) else { return nil }
            return { [weak self] held in
                guard let self, let (tag, concrete) = ExistentialTag.unwrap(held) else { return nil }
                var dynamic = tag
                if case .object(let box) = concrete, tag.type != .user(box.type) {
                    guard let found = self.existentialTag(for: .user(box.type)) else { return nil }
                    dynamic = found
                }
                return self.conforms(dynamic.type, to: proto) ? dynamic.wrap(concrete) : nil
            }
        case .optional, .error, .void, .native, .constants:
            return nil
        default:
            return { held in
                guard let (tag, concrete) = ExistentialTag.unwrap(held),
                      tag.type == target || Compiler.tupleCasts(tag.type, to: target) else { return nil }
                return concrete
            }
        }
    }

    /// Whether a held tuple of type `source` casts to the tuple type `target` of other labels: the same element
    /// types, each pair of labels equal or one of them missing (`(p: 1, q: "z") as? (Int, String)`, as in Swift).
    static func tupleCasts(_ source: CType, to target: CType) -> Bool {
        guard case .tuple(let elements) = source, case .tuple(let expected) = target, elements.count == expected.count else {
            return false
        }
        return zip(elements, expected).allSatisfy { $0.type == $1.type && ($0.label == nil || $1.label == nil || $0.label == $1.label) }
    }
}

/// `weak`/`unowned` capture-list entries with a value (`[weak delegate = self.delegate]`).
extension Compiler {
    /// The capture of `value` (evaluated when the closure is created) as the closure's constant `name`: the value
    /// must be a class instance (or an optional one, or one held as a class-only protocol type).
    func ownedValueCapture(_ name: String, _ value: Expr, isWeak: Bool, at location: SourceLocation) -> OwnedCapture? {
        let typed = compileExpr(value, expected: nil)
        var type = typed.type
        if case .optional(let wrapped) = type { type = wrapped }
        guard isClassBound(type) else {
            // Refused by the checker (`TypeChecker.refusedOwnedValue`).
            if !type.hasError { cannotGenerate(at: location) }
            // Declared with an error type, so that its uses do not cascade into `cannot find`.
            return OwnedCapture(name: name, type: .error, read: { _ in .none }, frameSlot: nil, isWeak: true, location: location)
        }
        return OwnedCapture(name: name, type: typed.type, read: typed.value, frameSlot: nil, isWeak: isWeak, location: location)
    }

    /// A captured value held without keeping its object alive (an existential keeps its tag).
    static func holdWeakly(_ value: Value) -> Value {
        if let (tag, concrete) = ExistentialTag.unwrap(value) { return .tuple([.native(tag), WeakReference.wrap(concrete)]) }
        return WeakReference.wrap(value)
    }

    /// The value `holdWeakly` held, or nil once its object was freed.
    static func releaseWeakHold(_ held: Value) -> Value {
        if let (tag, reference) = ExistentialTag.unwrap(held) {
            let concrete = WeakReference.unwrap(reference)
            if case .none = concrete { return .none }
            return tag.wrap(concrete)
        }
        return WeakReference.unwrap(held)
    }
}
