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
