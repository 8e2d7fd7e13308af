import Diagnostics

/// Library protocols as generic constraints on built-in types: `T: CustomStringConvertible` is met by numbers,
/// Booleans, strings, characters and collections (as in Swift; the body may read `value.description`), and
/// `T: BinaryFloatingPoint` (or `FloatingPoint`) by `Double`, nbrun's only floating-point type (`Float` is refused),
/// so such a body is checked with `T` standing for `Double`.
extension Compiler {
    /// Whether a built-in type meets a library constraint; nil for the constraints handled elsewhere.
    static func builtinSatisfies(_ type: CType, _ constraint: String) -> Bool? {
        switch constraint {
        case "CustomStringConvertible":
            switch type {
            case .int, .integer, .double, .bool, .string, .character, .array, .set, .dictionary, .range, .closedRange: return true
            default: return nil
            }
        case "BinaryFloatingPoint", "FloatingPoint": return type == .double
        default: return arithmeticSatisfies(type, constraint)
        }
    }

    /// The type a type parameter constrained to `BinaryFloatingPoint` or `FloatingPoint` stands for while its body is
    /// checked: `Double`, when its other constraints are protocols `Double` meets; nil for other type parameters.
    static func floatingPointPlaceholder(_ constraints: [String]) -> CType? {
        let floating: Set<String> = ["BinaryFloatingPoint", "FloatingPoint"]
        let alongside: Set<String> = ["Equatable", "Comparable", "Hashable", "CustomStringConvertible", "Numeric", "SignedNumeric"]
        guard constraints.contains(where: floating.contains),
              constraints.allSatisfy({ floating.contains($0) || alongside.contains($0) }) else { return nil }
        return .double
    }

    /// `value.description` on a value of a type parameter constrained to `CustomStringConvertible`, while its generic
    /// body is checked (that code never runs: calls run specializations). Nil for other receivers.
    func placeholderDescription(_ type: UserType, _ name: String, at location: SourceLocation) -> Typed? {
        guard name == "description", protocolState.placeholderTypes.contains(type),
              protocolFamily(type).contains(where: { $0.conformances.contains("CustomStringConvertible")
                  || $0.protocolInfo?.builtinParents.contains("CustomStringConvertible") == true }) else { return nil }
        return Typed.fromValue(.string) { _ in throw RuntimeError(message: "a generic body ran unspecialized", location: location) }
    }

    /// `<` on a type parameter constrained to `Comparable` while its generic body is checked (`xs.max()`,
    /// `xs.sorted()` on `[T]`): that code never runs (calls run specializations). Nil for other types.
    func placeholderLess(_ type: UserType, at location: SourceLocation) -> ((Value, Value) throws -> Bool)? {
        guard protocolState.placeholderTypes.contains(type),
              protocolFamily(type).contains(where: { $0.conformances.contains("Comparable")
                  || $0.protocolInfo?.builtinParents.contains("Comparable") == true }) else { return nil }
        return { _, _ in throw RuntimeError(message: "a generic body ran unspecialized", location: location) }
    }
}
