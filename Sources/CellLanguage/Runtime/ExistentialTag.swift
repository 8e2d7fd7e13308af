import Diagnostics

/// The concrete type of a value held as a protocol type (an existential, `let s: Shape = Circle()`), with the
/// members that implement the protocols' requirements for that type.
///
/// An existential value is `Value.tuple([.native(tag), concrete])`: only code that uses protocol types builds or
/// reads one, so values of concrete types keep their plain representation.
final class ExistentialTag {
    /// Runs a requirement on the concrete value `arguments[0]` (a mutating requirement updates it in place); errors
    /// are reported at the call's location.
    typealias Witness = (inout [Value], SourceLocation) throws -> Value

    /// The concrete type.
    let type: CType
    /// The implementation of each requirement, by requirement number (see `ProtocolInfo.Requirement.id`).
    var witnesses: [Int: Witness] = [:]
    /// The protocols whose witnesses are filled in, by name.
    var protocols: Set<String> = []

    init(type: CType) {
        self.type = type
    }

    /// The existential value holding `concrete`.
    func wrap(_ concrete: Value) -> Value {
        .tuple([.native(self), concrete])
    }

    /// The concrete value and its tag, out of an existential value.
    static func unwrap(_ value: Value) -> (ExistentialTag, Value)? {
        guard case .tuple(let pair) = value, pair.count == 2, case .native(let object) = pair[0],
              let tag = object as? ExistentialTag else { return nil }
        return (tag, pair[1])
    }
}
