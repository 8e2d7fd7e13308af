/// `==` and `!=` between two arrays (or two sets) of the same type whose elements are built-in Equatable values
/// (`[Double] == [Double]`, `[[Int]] != [[Int]]`): Bool, as the generator compiles them element by element.
extension TypeChecker {
    /// Bool when `type` is such a collection; nil (unknown) otherwise.
    func collectionEquality(_ type: CType) -> CType? {
        Self.hasBuiltinEquality(type) ? .bool : nil
    }

    private static func hasBuiltinEquality(_ type: CType) -> Bool {
        switch type {
        case .int, .double, .string, .character, .bool: return true
        case .array(let element), .set(let element), .arraySlice(let element): return hasBuiltinEquality(element)
        default: return false
        }
    }
}
