/// The storage of a class instance (reference semantics).
public final class ObjectBox {
    let type: UserType
    var fields: [Value]

    init(type: UserType, fields: [Value]) {
        self.type = type
        self.fields = fields
    }

    deinit {
        // A long chain of objects (a linked list) is freed one node at a time, not by nested deinitialisers.
        ValueTeardown.releaseFields(&fields)
    }
}
