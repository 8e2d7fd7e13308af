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
        case .range(let lower, let upper, let closed):
            let text = closed ? "\(lower)...\(upper)" : "\(lower)..<\(upper)"
            // Inside collections Swift shows the debug form, e.g. `ClosedRange(1...2)`.
            return nested ? (closed ? "ClosedRange(\(text))" : "Range(\(text))") : text
        case .function:
            return "(Function)"
        case .native(let object):
            return String(describing: object)
        case .constant(_, let name):
            return name
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
        default:
            return format(value, as: type, nested: nested)
        }
    }
}
