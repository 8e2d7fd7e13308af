import Diagnostics

/// `T: Sequence` on a generic function's type parameter: satisfied by arrays, sets, ranges of `Int`, strings and
/// dictionaries, whose element type is `T.Element` (`where T.Element: Equatable`, `T.Element == U.Element`). While the
/// generic body is checked, `T` is a placeholder with an associated type `Element` that a `for`-`in` loop yields.
extension Compiler {
    /// The built-in protocol `Sequence` as a protocol with one associated type, `Element` (made on first use).
    func sequenceProtocol() -> UserType {
        builtinProtocolWithElement("Sequence")
    }

    /// The element type of a built-in sequence type (nil for other types).
    static func sequenceElement(_ type: CType) -> CType? {
        switch type {
        case .array(let element), .set(let element): return element
        case .range, .closedRange: return .int
        case .string: return .character
        case .dictionary(let key, let value): return Compiler.entryType(key, value)
        default: return nil
        }
    }

    /// `for x in values` where `values` is a placeholder constrained to `Sequence` (in a generic body being checked,
    /// whose code never runs): its elements have type `T.Element`.
    func placeholderSequence(_ source: Typed) -> Typed? {
        guard let bound = placeholderSequenceElement(source.type) else { return nil }
        return Typed(type: .array(bound), code: .value { _ in .array([]) })
    }

    /// The element type of a placeholder constrained to `Sequence` (`S.Element` while `func f<S: Sequence>`'s body is
    /// checked); nil for any other type. `Array(s)` is an array of it, for the generator and the checker alike.
    func placeholderSequenceElement(_ type: CType) -> CType? {
        guard let proto = protocolState.builtinProtocols["Sequence"], case .user(let user) = type,
              protocolState.placeholderTypes.contains(user),
              let element = proto.protocolInfo?.associatedTypes.first?.type else { return nil }
        return protocolState.associatedBindings[user]?[element]
    }
}
