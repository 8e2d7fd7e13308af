/// `==` over boxed values of a static type, calling a user-declared `static func ==` wherever the type holds a
/// declared type that has one (so `contains`, `firstIndex(of:)` and `==` on arrays use it, as in Swift, and a
/// run-time error inside it stops the cell); other types compare structurally (`ValueEquality`).
enum TypedEquality {
    /// The comparison for values of `type`: structural when no declared type is involved.
    static func comparer(for type: CType) -> (Value, Value) throws -> Bool {
        guard type.mentionsUserType else { return { ValueEquality.equal($0, $1) } }
        return { try equal($0, $1, as: type) }
    }

    /// Whether `a == b` for values of `type`.
    static func equal(_ a: Value, _ b: Value, as type: CType) throws -> Bool {
        switch type {
        case .user(let userType):
            if let equals = userType.inheritedEquals { return try equals(a, b) }
            switch (a, b) {
            case (.tuple(let x), .tuple(let y)):
                let types = userType.fields.map(\.type)
                return try elementsEqual(x, y, types)
            case (.variant(let i, let x), .variant(let j, let y)):
                guard i == j else { return false }
                let types = i < userType.cases.count ? (userType.cases[i].payload ?? []).map(\.type) : []
                return try elementsEqual(x, y, types)
            default:
                return ValueEquality.equal(a, b)
            }
        case .array(let element), .arraySlice(let element):
            let x = SliceValue.parts(a).elements, y = SliceValue.parts(b).elements
            guard x.count == y.count else { return false }
            for index in x.indices where !(try equal(x[index], y[index], as: element)) { return false }
            return true
        case .optional(let wrapped):
            switch (a, b) {
            case (.none, .none): return true
            case (.none, _), (_, .none): return false
            default: return try equal(a, b, as: wrapped)
            }
        case .tuple(let elements):
            return try elementsEqual(a.tupleValue, b.tupleValue, elements.map(\.type))
        case .dictionary(_, let valueType):
            let x = a.dictionaryValue, y = b.dictionaryValue
            guard x.count == y.count else { return false }
            for (key, value) in zip(x.keys, x.values) {
                guard let other = y[key], try equal(value, other, as: valueType) else { return false }
            }
            return true
        default:
            return ValueEquality.equal(a, b)
        }
    }

    /// Element-wise equality with a type per position (structural past the known types).
    private static func elementsEqual(_ x: [Value], _ y: [Value], _ types: [CType]) throws -> Bool {
        guard x.count == y.count else { return false }
        for index in x.indices {
            let equal = index < types.count ? try equal(x[index], y[index], as: types[index])
                                            : ValueEquality.equal(x[index], y[index])
            if !equal { return false }
        }
        return true
    }
}

extension CType {
    /// Whether a declared struct, class or enum appears anywhere in the type.
    var mentionsUserType: Bool {
        switch self {
        case .user: return true
        case .array(let element), .optional(let element), .set(let element), .arraySlice(let element):
            return element.mentionsUserType
        case .dictionary(let key, let value): return key.mentionsUserType || value.mentionsUserType
        case .tuple(let elements): return elements.contains { $0.type.mentionsUserType }
        default: return false
        }
    }
}
