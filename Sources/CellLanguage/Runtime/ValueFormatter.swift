/// Formats values exactly as Swift's `print` and string interpolation do, driven by the static type.
enum ValueFormatter {

    private static func format(_ value: Value, as type: CType, nested: Bool) -> String {
        switch value {
        case .int(let int):
            return String(int)
        case .double(let double):
            return double.description
        case .bool(let bool):
            return bool ? "true" : "false"
        case .string(let string):
            return nested ? string.debugDescription : string
        case .array(let elements):
            var element = CType.error
            if case .array(let declared) = type { element = declared }
            return "[" + elements.map { format($0, as: element, nested: true) }.joined(separator: ", ") + "]"
        case .doubleRange(let lower, let upper, let closed):
            let text = closed ? "\(lower)...\(upper)" : "\(lower)..<\(upper)"
            return nested ? (closed ? "ClosedRange(\(text))" : "Range(\(text))") : text
        case .range(let lower, let upper, let closed):
            let text = closed ? "\(lower)...\(upper)" : "\(lower)..<\(upper)"
            // Inside collections Swift shows the debug form, e.g. `ClosedRange(1...2)`.
            return nested ? (closed ? "ClosedRange(\(text))" : "Range(\(text))") : text
        case .set(let storage):
            let text = "[" + storage.keys.map { format($0, as: .error, nested: true) }.joined(separator: ", ") + "]"
            return nested ? "Set(\(text))" : text
        case .dictionary(let dictionary):
            if dictionary.count == 0 { return "[:]" }
            return "[" + zip(dictionary.keys, dictionary.values).map {
                format($0, as: .error, nested: true) + ": " + format($1, as: .error, nested: true)
            }.joined(separator: ", ") + "]"
        case .tuple(let elements):
            return "(" + elements.map { format($0, as: .error, nested: true) }.joined(separator: ", ") + ")"
        case .object(let box):
            if let describe = box.type.describe, let text = try? describe(value) { return text }
            return box.type.qualifiedName
        case .variant(let index, let payload):
            return "variant \(index) \(payload.count)"
        case .function:
            return "(Function)"
        case .native(let object):
            return String(describing: object)
        case .named(let constant):
            return constant.name
        case .none:
            return "nil"
        case .void:
            return "()"
        }
    }

    /// `String(describing:)` of a value of the given type (what `print` and `"\(x)"` show); present optionals
    /// print as `Optional(x)`, strings inside collections are quoted.
    static func describe(_ value: Value, as type: CType) -> String {
        formatTyped(value, as: type, nested: false)
    }

    private static func formatTyped(_ value: Value, as type: CType, nested: Bool) -> String {
        switch type {
        case .optional(let wrapped):
            if case .none = value { return "nil" }
            return "Optional(" + formatTyped(value, as: wrapped, nested: true) + ")"
        case .array(let element):
            guard case .array(let elements) = value else { return format(value, as: type, nested: nested) }
            return "[" + elements.map { formatTyped($0, as: element, nested: true) }.joined(separator: ", ") + "]"
        case .user(let userType):
            if let describe = userType.describe, let text = try? describe(value) { return text }
            switch (userType.kind, value) {
            case (.structure, .tuple(let fields)):
                let prefix = nested ? userType.qualifiedName : userType.name
                return prefix + "(" + zip(userType.fields, fields).map { field, element in
                    field.name + ": " + formatTyped(element, as: field.type, nested: true)
                }.joined(separator: ", ") + ")"
            case (.enumeration, .variant(let index, let payload)) where index < userType.cases.count:
                let enumCase = userType.cases[index]
                var text = (nested ? userType.qualifiedName + "." : "") + enumCase.name
                if let types = enumCase.payload, !payload.isEmpty {
                    text += "(" + zip(types, payload).map { type, element in
                        (type.label.map { "\($0): " } ?? "") + formatTyped(element, as: type.type, nested: true)
                    }.joined(separator: ", ") + ")"
                }
                return text
            default:
                return format(value, as: type, nested: nested)
            }
        case .set(let element):
            guard case .set(let storage) = value else { return format(value, as: type, nested: nested) }
            let text = "[" + storage.keys.map { formatTyped($0, as: element, nested: true) }.joined(separator: ", ") + "]"
            return nested ? "Set(\(text))" : text
        case .dictionary(let keyType, let valueType):
            guard case .dictionary(let dictionary) = value, dictionary.count > 0 else { return format(value, as: type, nested: nested) }
            return "[" + zip(dictionary.keys, dictionary.values).map {
                formatTyped($0, as: keyType, nested: true) + ": " + formatTyped($1, as: valueType, nested: true)
            }.joined(separator: ", ") + "]"
        case .tuple(let types):
            guard case .tuple(let elements) = value, elements.count == types.count else {
                return format(value, as: type, nested: nested)
            }
            return "(" + zip(types, elements).map { type, element in
                (type.label.map { "\($0): " } ?? "") + formatTyped(element, as: type.type, nested: true)
            }.joined(separator: ", ") + ")"
        default:
            return format(value, as: type, nested: nested)
        }
    }
}
