/// The range types written with their bound (`ClosedRange<Double>`), as `Compiler.resolveType` names them.
extension TypeChecker {
    /// The range type `name` spells, or nil.
    static func rangeType(named name: String) -> CType? {
        switch name {
        case "Range<Int>": return .range
        case "ClosedRange<Int>": return .closedRange
        case "Range<Double>": return .doubleRange
        case "ClosedRange<Double>": return .doubleClosedRange
        case "Range<String.Index>": return .indexRange(closed: false)
        case "ClosedRange<String.Index>": return .indexRange(closed: true)
        default: return nil
        }
    }
}
