/// The figure's colour scheme: the figure draws its own background, so it reads the same on any page theme.
public enum Theme: String, Sendable, CaseIterable {
    /// Dark text on a white background.
    case light
    /// Light text on a near-black background.
    case dark

    /// Figure background.
    public var background: Color { self == .dark ? Color(hex: "#111111")! : Color(hex: "#FFFFFF")! }
    /// Text, axes and tick colour.
    public var foreground: Color { self == .dark ? Color(hex: "#E8E8E8")! : Color(hex: "#222222")! }
    /// Secondary text colour (tick labels).
    public var mutedForeground: Color { self == .dark ? Color(hex: "#C8C8C8")! : Color(hex: "#444444")! }
    /// Grid line colour.
    public var gridColor: Color { self == .dark ? Color(hex: "#3A3A3A")! : Color(hex: "#E3E3E3")! }
    /// Legend box background.
    public var legendBackground: Color { self == .dark ? Color(hex: "#1C1C1C")! : Color(hex: "#FFFFFF")! }
}
