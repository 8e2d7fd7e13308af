/// One of a String's code-unit views: `s.utf8`, `s.utf16`, `s.unicodeScalars`. The value is the String itself
/// (`Value.string`); its elements are made when the view is iterated or used as a collection.
public enum StringView: String, Hashable, Sendable {
    case utf8, utf16, unicodeScalars

    /// The view's type as Swift spells it in messages.
    var typeName: String {
        switch self {
        case .utf8: return "String.UTF8View"
        case .utf16: return "String.UTF16View"
        case .unicodeScalars: return "String.UnicodeScalarView"
        }
    }

    /// The element type: `UInt8`, `UInt16` or `Unicode.Scalar`.
    var element: CType {
        switch self {
        case .utf8: return .integer(IntegerKind(bits: 8, signed: false))
        case .utf16: return .integer(IntegerKind(bits: 16, signed: false))
        case .unicodeScalars: return .unicodeScalar
        }
    }

    /// The elements of `text` seen through the view (a scalar is stored as its value).
    func elements(of text: String) -> [Value] {
        switch self {
        case .utf8: return text.utf8.map { .int(Int($0)) }
        case .utf16: return text.utf16.map { .int(Int($0)) }
        case .unicodeScalars: return text.unicodeScalars.map { .int(Int($0.value)) }
        }
    }

    /// The number of elements of `text` seen through the view.
    func count(of text: String) -> Int {
        switch self {
        case .utf8: return text.utf8.count
        case .utf16: return text.utf16.count
        case .unicodeScalars: return text.unicodeScalars.count
        }
    }

    /// The view of `text` as Swift prints it (`nested`: inside a collection, where Swift shows its debug form).
    func text(of text: String, nested: Bool) -> String {
        switch self {
        case .utf8: return nested ? String(reflecting: text.utf8) : String(describing: text.utf8)
        case .utf16: return nested ? String(reflecting: text.utf16) : String(describing: text.utf16)
        case .unicodeScalars: return nested ? String(reflecting: text.unicodeScalars) : String(describing: text.unicodeScalars)
        }
    }

    /// A scalar stored as its value, as Swift prints it (`nested`: its debug form, `"\u{203C}"`).
    static func scalarText(_ value: Int, nested: Bool) -> String {
        guard let scalar = Unicode.Scalar(UInt32(truncatingIfNeeded: value)) else { return "" }
        return nested ? String(reflecting: scalar) : String(scalar)
    }
}
