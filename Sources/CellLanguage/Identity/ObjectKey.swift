/// A hashable key that stands for an object by identity and keeps it alive.
///
/// An `ObjectIdentifier` keeps nothing alive: once its object is freed, the address may be handed to another
/// object, whose identifier is then equal to the stale key (a lookup silently finds the wrong entry). An
/// `ObjectKey` holds a strong reference, so the address of an object used as a key is never reused while the key
/// lives. Every compiler table keyed by the identity of a node, declaration or type uses it (through
/// `IdentityTable` and `IdentitySet`).
///
/// Not generic: every table shares the one `Hashable` conformance, which the Swift runtime looks up (scanning every
/// conformance record of the binary) once per process, not once per kind of key.
struct ObjectKey: Hashable {
    /// The object, retained.
    let object: AnyObject

    init(_ object: AnyObject) {
        self.object = object
    }

    static func == (left: ObjectKey, right: ObjectKey) -> Bool {
        left.object === right.object
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(ObjectIdentifier(object))
    }
}
