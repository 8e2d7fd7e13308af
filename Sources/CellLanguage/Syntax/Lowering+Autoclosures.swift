import Diagnostics
import SwiftSyntax

/// `@autoclosure` parameters: the attribute is read from the parameter's type.
extension Lowering {
    /// Whether a parameter type is marked `@autoclosure` (alone or with `@escaping`).
    static func hasAutoclosure(_ type: TypeSyntax) -> Bool {
        guard let attributed = type.as(AttributedTypeSyntax.self) else { return false }
        return attributed.attributes.contains { element in
            guard case .attribute(let attribute) = element else { return false }
            return attribute.attributeName.trimmedDescription == "autoclosure"
        }
    }
}
