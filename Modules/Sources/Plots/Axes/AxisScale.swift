import Foundation

/// How data values map to positions along an axis.
public enum AxisScale: String, Sendable, CaseIterable {
    /// Equal distances for equal differences.
    case linear
    /// Equal distances for equal ratios (base 10); non-positive values are skipped.
    case log

    /// The value in the axis's working space (log10 for log axes), or nil if it cannot be shown.
    func transform(_ v: Double) -> Double? {
        guard v.isFinite else { return nil }
        switch self {
        case .linear: return v
        case .log: return v > 0 ? log10(v) : nil
        }
    }

    /// The inverse of `transform`.
    func inverse(_ t: Double) -> Double {
        self == .log ? pow(10, t) : t
    }
}
