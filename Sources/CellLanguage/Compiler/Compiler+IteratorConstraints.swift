import Diagnostics

/// `IteratorProtocol` as the constraint of an associated type or type parameter (`associatedtype Iterator:
/// IteratorProtocol where Iterator.Element == Item`): a protocol with one associated type, `Element`, so a protocol
/// can declare it and requirements can name it. No type nbrun knows conforms to it (user types cannot declare the
/// conformance, built-in iterators are not values), so a conformance or call that needs one is refused as not
/// conforming.
extension Compiler {
    /// A built-in protocol (`Sequence`, `IteratorProtocol`) as a protocol with one associated type, `Element`, made on
    /// first use and kept by name.
    func builtinProtocolWithElement(_ name: String) -> UserType {
        if let existing = protocolState.builtinProtocols[name] { return existing }
        let proto = UserType(kind: .protocolType, name: name, qualifiedName: "Swift." + name)
        let info = ProtocolInfo()
        let element = UserType(kind: .protocolType, name: "Element", qualifiedName: "Swift.\(name).Element")
        element.protocolInfo = ProtocolInfo()
        info.associatedTypes = [("Element", element)]
        proto.protocolInfo = info
        protocolState.hasAssociatedTypes = true
        protocolState.builtinProtocols[name] = proto
        return proto
    }
}
