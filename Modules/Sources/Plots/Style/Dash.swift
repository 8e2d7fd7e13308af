/// The stroke pattern of a line.
public enum Dash: String, Sendable, CaseIterable {
    /// A continuous line.
    case solid
    /// Long dashes.
    case dashed
    /// Dots.
    case dotted
    /// Alternating dashes and dots.
    case dashDot

    /// The `stroke-dasharray` value for a line of the given width, or nil for solid lines.
    func dashArray(width: Double) -> String? {
        let w = max(1, width)
        switch self {
        case .solid: return nil
        case .dashed: return "\(SVGNumber.format(3.7 * w)) \(SVGNumber.format(1.6 * w))"
        case .dotted: return "\(SVGNumber.format(1 * w)) \(SVGNumber.format(1.65 * w))"
        case .dashDot: return "\(SVGNumber.format(6.4 * w)) \(SVGNumber.format(1.6 * w)) \(SVGNumber.format(1 * w)) \(SVGNumber.format(1.6 * w))"
        }
    }
}
