import Diagnostics

/// `some Shape` (a result, parameter or variable type): a value of one concrete type conforming to the protocol,
/// held as the protocol type (its requirements are what code may use, as in Swift). Each place `some P` is written
/// is its own type; the `return` statements of a function returning it must all give the same concrete type.
extension Compiler {
    func opaqueType(_ name: String, at location: SourceLocation) -> CType {
        guard let proto = declarations.userTypes[name], proto.kind == .protocolType else {
            cannotGenerate(at: location)  // refused by the checker (`TypeChecker.refusedOpaqueType`)
            return .error
        }
        if case .error = protocolAsType(proto, at: location) { return .error }
        if let key = protocolState.declaringSpecialization {
            return .user(specializedOpaqueType(name, proto, at: location, of: key))
        }
        return .user(writtenOpaqueType(name, proto, at: location))
    }

    /// The opaque type `some P` written at `location` in the signature of the generic function's specialization
    /// `key`: made once, by the type checker typing a call of it or by the generator declaring it, whichever comes
    /// first, so both give the call the same type.
    func specializedOpaqueType(_ name: String, _ proto: UserType, at location: SourceLocation,
                               of key: SpecializationKey) -> UserType {
        let place = SpecializedPlace(specialization: key, location: location)
        if let made = protocolState.specializedOpaqueTypes[place] { return made }
        let type = newOpaqueType(name, proto)
        protocolState.specializedOpaqueTypes[place] = type
        return type
    }

    /// A new opaque type `some name` (a composition whose one parent is `proto`), its underlying type not known yet.
    func newOpaqueType(_ name: String, _ proto: UserType) -> UserType {
        let type = UserType(kind: .protocolType, name: "some " + name, qualifiedName: "some " + name)
        let info = ProtocolInfo()
        info.parents = [proto]
        info.isComposition = true
        type.protocolInfo = info
        protocolState.opaqueTypes[type] = .some(nil)
        return type
    }

    /// `value is Square` where the target is a struct or enum (or a built-in type): known from the static type when
    /// it is concrete (a generic body specialized to `Square`), read from the held value's type when it is a protocol
    /// type; a placeholder's test (a generic body being checked, never run) is false. Nil for other casts.
    func valueTypeTest(_ typed: Typed, _ target: CType) -> Typed? {
        if case .user(let type) = target, type.kind == .classType || type.kind == .protocolType { return nil }
        let value = typed.value
        switch typed.type {
        case .user(let source) where source.kind == .protocolType:
            if protocolState.placeholderTypes.contains(source) {
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

    /// The built-in protocols an opaque result may name (`-> some Collection`).
    static let opaqueBuiltinProtocols: Set<String> = ["Collection", "Sequence"]

    /// `func f(…) -> some Collection` (a built-in protocol) or `-> some Container` (a protocol with associated types):
    /// the result has its underlying type, the one the body returns (inferred by the checker as for a closure's
    /// body), when it conforms. Calls see that type, as the program sees it when it runs (swiftc lets code use only the
    /// protocol's requirements). Nil for every other result; an error when the body gives no such type (the checker
    /// reports why: `TypeChecker.underlyingResultBody`).
    func opaqueUnderlyingResult(_ decl: FunctionDecl) -> CType? {
        guard case .named(let name, let location)? = decl.returnType, name.hasPrefix("some ") else { return nil }
        let protocolName = String(name.dropFirst(5))
        if !Compiler.opaqueBuiltinProtocols.contains(protocolName) {
            guard let proto = declarations.userTypes[protocolName], proto.kind == .protocolType, hasAssociatedTypes(proto) else { return nil }
        }
        guard !decl.parameters.contains(where: \.isInout) else { return nil }
        // The type the checker infers for the body (the body compiles later, against it).
        let type = checkedOpaqueResult(decl)
        guard let result = type, !result.hasError, result != .void, satisfies(result, protocolName) else {
            // A generic body checked with placeholders (code that never runs) may give a type the checker cannot
            // tell (`[x, x * 2]` of a `T`): its specializations' do.
            if type != nil || !isPlaceholderCheck { cannotGenerate(at: location) }
            return .error
        }
        return result
    }

    /// A `return` in a function whose result is `some P`: the first one's type is the opaque type's underlying type.
    func noteOpaqueReturn(_ opaque: UserType, _ type: CType) {
        guard !type.hasError, case .some(nil) = protocolState.opaqueTypes[opaque] else { return }
        protocolState.opaqueTypes[opaque] = .some(type)
    }
}
