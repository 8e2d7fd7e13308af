import Diagnostics

/// `some Shape` (a result, parameter or variable type): a value of one concrete type conforming to the protocol,
/// held as the protocol type (its requirements are what code may use, as in Swift). Each place `some P` is written
/// is its own type; the `return` statements of a function returning it must all give the same concrete type.
extension Compiler {
    func opaqueType(_ name: String, at location: SourceLocation) -> CType {
        guard let proto = userTypes[name], proto.kind == .protocolType else {
            error(.notSupported("'some \(name)'"), at: location)
            return .error
        }
        if case .error = protocolAsType(proto, at: location) { return .error }
        let type = UserType(kind: .protocolType, name: "some " + name, qualifiedName: "some " + name)
        let info = ProtocolInfo()
        info.parents = [proto]
        info.isComposition = true
        type.protocolInfo = info
        protocolState.opaqueTypes[ObjectIdentifier(type)] = .some(nil)
        return .user(type)
    }

    /// `value is Square` where the target is a struct or enum (or a built-in type): known from the static type when
    /// it is concrete (a generic body specialized to `Square`), read from the held value's type when it is a protocol
    /// type; a placeholder's test (a generic body being checked, never run) is false. Nil for other casts.
    func valueTypeTest(_ typed: Typed, _ target: CType) -> Typed? {
        if case .user(let type) = target, type.kind == .classType || type.kind == .protocolType { return nil }
        let value = typed.value
        switch typed.type {
        case .user(let source) where source.kind == .protocolType:
            if protocolState.placeholderTypes.contains(ObjectIdentifier(source)) {
                return Typed(type: .bool, code: .bool { frame in _ = try value(frame); return false })
            }
            return Typed(type: .bool, code: .bool { frame in ExistentialTag.unwrap(try value(frame))?.0.type == target })
        case .user(let source) where source.kind == .classType:
            return nil
        case .optional, .error:
            return nil
        default:
            let result = typed.type == target
            return Typed(type: .bool, code: .bool { frame in _ = try value(frame); return result })
        }
    }

    /// A `return` in a function whose result is `some P`: its value's type must be the other returns' type.
    func checkOpaqueReturn(_ opaque: UserType, _ type: CType, at location: SourceLocation) {
        guard !type.hasError, case .some(let underlying) = protocolState.opaqueTypes[ObjectIdentifier(opaque)] else { return }
        guard let underlying else {
            protocolState.opaqueTypes[ObjectIdentifier(opaque)] = .some(type)
            return
        }
        if underlying != type { error(.opaqueReturnMismatch(opaque.name), at: location) }
    }
}
