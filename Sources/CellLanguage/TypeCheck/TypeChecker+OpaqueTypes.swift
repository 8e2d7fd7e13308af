/// Values of an opaque result type (`func makeTrapezoid() -> some Shape`): the generator types them with a protocol
/// composition of its own (`Compiler.opaqueType`) whose one parent is the protocol written, and reads and calls
/// their requirements and protocol-extension members as on a value of that protocol (`Compiler+ProtocolMembers`).
extension TypeChecker {
    /// Whether `proto` is the type of an opaque result `some P` where values of `P` are typed (`isExistential`).
    func isOpaqueExistential(_ proto: UserType) -> Bool {
        guard proto.kind == .protocolType, compiler.protocolState.opaqueTypes[proto] != nil, let info = proto.protocolInfo,
              info.superclass == nil, info.parents.count == 1 else { return false }
        return isExistential(info.parents[0])
    }
}
