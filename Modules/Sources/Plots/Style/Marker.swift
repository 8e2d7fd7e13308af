/// The symbol drawn at each data point of a line or scatter series.
public enum Marker: String, Sendable, CaseIterable {
    /// No symbol.
    case none
    /// A filled disc.
    case circle
    /// A filled square.
    case square
    /// A filled upward triangle.
    case triangle
    /// A filled diamond.
    case diamond
    /// A diagonal cross (stroked).
    case cross
    /// A plus sign (stroked).
    case plus
}
