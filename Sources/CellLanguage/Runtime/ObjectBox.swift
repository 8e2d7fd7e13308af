/// The storage of a class instance (reference semantics).
public final class ObjectBox {
    let type: UserType
    var fields: [Value]

    init(type: UserType, fields: [Value]) {
        self.type = type
        self.fields = fields
    }
}
