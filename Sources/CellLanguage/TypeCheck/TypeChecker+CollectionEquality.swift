/// `==` and `!=` between two arrays, slices, sets or dictionaries of the same type whose elements are Equatable (built-in values,
/// `[[Int]] != [[Int]]`, or declared Equatable types): Bool, as the generator compiles them element by element; and
/// between two optionals of the same type.
extension TypeChecker {
    /// Bool when `type` is such a collection; nil (unknown) otherwise.
    func collectionEquality(_ type: CType) -> CType? {
        // Elements of a declared Equatable type compare too (`Compiler.compileComparison` asks `isEquatable`).
        Self.hasBuiltinEquality(type) || type.isEquatable ? .bool : nil
    }

    /// `a == b` or `a != b` between two optionals of the same type (`x == nil`, the `nil` typed as the left
    /// side) or an optional and its wrapped type (`x == 3`): Bool, as the generator compiles any such pair
    /// (`s.firstIndex(of: "z") == nil` too); nil for optionals of bindings' native types.
    func optionalEquality(_ wrapped: CType) -> CType? {
        if case .native = wrapped { return nil }
        return .bool
    }

    private static func hasBuiltinEquality(_ type: CType) -> Bool {
        switch type {
        case .int, .double, .string, .character, .bool: return true
        case .array(let element), .set(let element), .arraySlice(let element): return hasBuiltinEquality(element)
        case .dictionary(let key, let value): return hasBuiltinEquality(key) && hasBuiltinEquality(value)
        default: return false
        }
    }
}
