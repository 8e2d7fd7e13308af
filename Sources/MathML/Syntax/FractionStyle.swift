/// The style a fraction forces on itself: `\frac` inherits, `\dfrac` and `\tfrac` force one.
enum FractionStyle: Equatable, Sendable {
    /// The surrounding style (`\frac`).
    case inherited
    /// Display style (`\dfrac`).
    case display
    /// Text style (`\tfrac`).
    case text
}
