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

    /// Runs a non-mutating requirement without arguments (a property, `area()`) on the concrete value, without an
    /// argument array; `existential` is the value it came from (a protocol extension's default takes it as `self`).
    typealias ReceiverWitness = (_ concrete: Value, _ existential: Value, SourceLocation) throws -> Value

    /// The concrete type.
    let type: CType
    /// The implementation of each requirement, by requirement number (see `ProtocolInfo.Requirement.id`).
    private(set) var witnesses: [Witness?] = []
    /// The same implementations for requirements without arguments that do not mutate, by requirement number.
    private(set) var receiverWitnesses: [ReceiverWitness?] = []
    /// Reads and changes a `{ get set }` property requirement of the concrete value in place: `body` gets the
    /// property's value, and what it leaves there is stored back (through the setter for a computed property).
    typealias PropertyAccess = (_ concrete: inout Value, _ body: (inout Value) throws -> Void) throws -> Void

    /// The in-place access of each settable property requirement, by requirement number.
    private(set) var propertyAccesses: [PropertyAccess?] = []
    /// The setter of each `{ get set }` subscript requirement, by requirement number: takes the concrete value, the
    /// indices and the new value, and leaves the changed concrete value in `arguments[0]`.
    private(set) var subscriptSetters: [Witness?] = []
    /// The protocols whose witnesses are filled in, by name.
    var protocols: Set<String> = []

    init(type: CType) {
        self.type = type
    }

    /// Records the implementation of requirement `id`.
    func setWitness(_ witness: Witness?, receiverWitness: ReceiverWitness?, for id: Int) {
        if id >= witnesses.count {
            witnesses += Array(repeating: nil, count: id + 1 - witnesses.count)
            receiverWitnesses += Array(repeating: nil, count: id + 1 - receiverWitnesses.count)
        }
        witnesses[id] = witness
        receiverWitnesses[id] = receiverWitness
    }

    /// Records the in-place access of settable property requirement `id`.
    func setPropertyAccess(_ access: PropertyAccess?, for id: Int) {
        if id >= propertyAccesses.count { propertyAccesses += Array(repeating: nil, count: id + 1 - propertyAccesses.count) }
        propertyAccesses[id] = access
    }

    /// Records the setter of settable subscript requirement `id`.
    func setSubscriptSetter(_ setter: Witness?, for id: Int) {
        if id >= subscriptSetters.count { subscriptSetters += Array(repeating: nil, count: id + 1 - subscriptSetters.count) }
        subscriptSetters[id] = setter
    }

    /// The setter of settable subscript requirement `id`, if this type has one.
    func subscriptSetter(_ id: Int) -> Witness? {
        id < subscriptSetters.count ? subscriptSetters[id] : nil
    }

    /// The in-place access of settable property requirement `id`, if this type has one.
    @inline(__always) func propertyAccess(_ id: Int) -> PropertyAccess? {
        id < propertyAccesses.count ? propertyAccesses[id] : nil
    }

    /// The implementation of requirement `id`, if this type has one.
    @inline(__always) func witness(_ id: Int) -> Witness? {
        id < witnesses.count ? witnesses[id] : nil
    }

    /// The argument-free implementation of requirement `id`, if it has that form.
    @inline(__always) func receiverWitness(_ id: Int) -> ReceiverWitness? {
        id < receiverWitnesses.count ? receiverWitnesses[id] : nil
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
