/// What a specialization of a generic declaration is cached by: the declaration (and, for a generic member, the type
/// it is specialized on), by identity and retained, and the type arguments (declared types compare by identity, so
/// two types of the same name declared in different cells never share an entry).
struct SpecializationKey: Hashable {
    let declaration: ObjectKey
    let owner: ObjectKey?
    let arguments: [CType]

    init(_ declaration: AnyObject, owner: UserType? = nil, arguments: [CType]) {
        self.declaration = ObjectKey(declaration)
        self.owner = owner.map { ObjectKey($0) }
        self.arguments = arguments
    }
}
