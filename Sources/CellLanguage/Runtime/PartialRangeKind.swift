/// Which one-sided range a value is: `..<b` (`PartialRangeUpTo`), `...b` (`PartialRangeThrough`), `a...`
/// (`PartialRangeFrom`); the raw value is Swift's type name.
public enum PartialRangeKind: String, Hashable, Sendable {
    case upTo = "PartialRangeUpTo"
    case through = "PartialRangeThrough"
    case from = "PartialRangeFrom"
    /// `...` alone (Swift's `UnboundedRange`), only as an argument of a native subscript that declares it
    /// (`x[...]` on a tensor: every entry of the axis); its bound is unused.
    case unbounded = "UnboundedRange"

    /// The kind a range operator written alone makes (`Expr.postfixRange` for `a...`).
    init(operator op: String) {
        switch op {
        case "..<": self = .upTo
        case "...": self = .through
        default: self = .from
        }
    }

    /// Whether `value` lies in the range whose bound is `bound`.
    func contains(_ value: Int, bound: Int) -> Bool {
        switch self {
        case .upTo: return value < bound
        case .through: return value <= bound
        case .from: return value >= bound
        case .unbounded: return true
        }
    }

    /// What `print` shows: `PartialRangeThrough<Int>(upperBound: 5)` (module-qualified inside a collection).
    func describe(_ bound: Int, nested: Bool) -> String {
        if self == .unbounded { return nested ? "Swift.UnboundedRange" : "UnboundedRange" }
        let name = nested ? "Swift.\(rawValue)<Swift.Int>" : "\(rawValue)<Int>"
        return name + (self == .from ? "(lowerBound: \(bound))" : "(upperBound: \(bound))")
    }
}
