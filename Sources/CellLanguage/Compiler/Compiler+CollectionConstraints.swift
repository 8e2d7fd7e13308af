import Diagnostics

/// `T: Collection` on a generic function's type parameter (`func middle<C: Collection>(_ c: C)`, `where C:
/// Collection`): satisfied by the built-in sequences (arrays, sets, ranges of `Int`, strings, dictionaries), all of
/// them collections. While the generic body is checked, `C` is a placeholder inheriting `Sequence` (so `for`–`in`
/// and `C.Element` work as for `T: Sequence`) whose `count`, `isEmpty` and `first` are known; calls run the body
/// specialized to the argument's type, with that type's own members.
extension Compiler {
    /// The built-in protocol `Collection`: `Sequence` with the requirements `count`, `isEmpty` and `first` (made on
    /// first use).
    func collectionProtocol() -> UserType {
        if let existing = protocolState.builtinProtocols["Collection"] { return existing }
        let sequence = sequenceProtocol()
        let proto = UserType(kind: .protocolType, name: "Collection", qualifiedName: "Swift.Collection")
        let info = ProtocolInfo()
        info.parents = [sequence]
        let location = SourceLocation(line: 1, column: 1)
        let element: CType = sequence.protocolInfo?.associatedTypes.first.map { .user($0.type) } ?? .error
        for (name, type) in [("count", CType.int), ("isEmpty", .bool), ("first", .optional(element))] {
            let id = protocolState.nextRequirementID
            protocolState.nextRequirementID += 1
            info.requirements.append(ProtocolInfo.Requirement(id: id, name: name, kind: .property, labels: [], parameterTypes: [],
                                                              type: type, isStatic: false, isMutating: false, settable: false,
                                                              location: location))
        }
        proto.protocolInfo = info
        protocolState.builtinProtocols["Collection"] = proto
        return proto
    }
}
