/// What `hash(into:)` combines for a value of a static type, as Swift's implementations do: the declared type's own
/// `hash(into:)`, else the synthesized one (each stored property, or the case and its payload, in order); an
/// array's count and elements; an optional's presence and value; a built-in value itself.
enum KeyHashing {
    /// The hash input of `value`, a value of `type`; throws a run-time error of a cell's `hash(into:)`.
    static func record(of value: Value, as type: CType) throws -> [DictionaryKey] {
        switch (type, value) {
        case (.user(let declared), _):
            // A class instance hashes as its own class says (a subclass may override `hash(into:)`).
            let userType = if case .object(let box) = value { box.type } else { declared }
            if let hashInto = userType.hashInto ?? userType.superclass.flatMap(inheritedHashInto) { return try hashInto(value) }
            return try synthesizedRecord(of: value, as: userType)
        case (.array(let elementType), _), (.arraySlice(let elementType), _):
            let elements = SliceValue.parts(value).elements
            var record: [DictionaryKey] = [.int(elements.count)]
            for element in elements { record += try self.record(of: element, as: elementType) }
            return record
        case (.optional, .none): return [.int(0)]
        case (.optional(let wrapped), _): return [.int(1)] + (try record(of: value, as: wrapped))
        case (.set, .set(let storage)): return [DictionaryKey(.set(storage))]
        default: return [DictionaryKey(value)]
        }
    }

    /// Whether keys of `type` need `CustomKey`s made with the static type: it holds a declared struct or enum with
    /// its own `hash(into:)` or `==` (class instances find their own type's at run time).
    static func needsCustomKeys(_ type: CType) -> Bool {
        var visited = IdentitySet<UserType>()
        return needsCustomKeys(type, &visited)
    }

    private static func needsCustomKeys(_ type: CType, _ visited: inout IdentitySet<UserType>) -> Bool {
        switch type {
        case .user(let userType):
            guard userType.kind != .classType, !visited.contains(userType) else { return false }
            _ = visited.insert(userType)
            if userType.declaresHashing { return true }
            return userType.fields.contains { needsCustomKeys($0.type, &visited) }
                || userType.cases.contains { ($0.payload ?? []).contains { needsCustomKeys($0.type, &visited) } }
        case .array(let element), .optional(let element), .arraySlice(let element): return needsCustomKeys(element, &visited)
        default: return false
        }
    }

    private static func inheritedHashInto(_ type: UserType) -> ((Value) throws -> [DictionaryKey])? {
        type.hashInto ?? type.superclass.flatMap(inheritedHashInto)
    }

    /// The synthesized `hash(into:)`: stored properties in order, or the case index and the payload.
    private static func synthesizedRecord(of value: Value, as type: UserType) throws -> [DictionaryKey] {
        switch value {
        case .tuple(let fields) where type.kind == .structure:
            var record: [DictionaryKey] = []
            for (index, field) in fields.enumerated() {
                record += index < type.fields.count ? try self.record(of: field, as: type.fields[index].type) : [DictionaryKey(field)]
            }
            return record
        case .variant(let caseIndex, let payload) where type.kind == .enumeration:
            var record: [DictionaryKey] = [.int(caseIndex)]
            let types = caseIndex < type.cases.count ? (type.cases[caseIndex].payload ?? []).map(\.type) : []
            for (index, part) in payload.enumerated() {
                record += index < types.count ? try self.record(of: part, as: types[index]) : [DictionaryKey(part)]
            }
            return record
        default:
            return [DictionaryKey(value)]
        }
    }
}

extension UserType {
    /// Whether the type declares its own `hash(into:)` or `static func ==` (so its values are `CustomKey`s).
    var declaresHashing: Bool {
        methods["hash"] != nil || staticMethods["=="] != nil
    }
}
