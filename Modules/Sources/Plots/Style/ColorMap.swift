/// A continuous colour map for heat maps and contours, sampled from anchor colours.
public enum ColorMap: String, Sendable, CaseIterable {
    /// Perceptually uniform, colour-blind safe sequential map (matplotlib's default).
    case viridis
    /// Perceptually uniform sequential map from black through purple to light yellow.
    case magma
    /// Light to dark blue sequential map.
    case blues
    /// Diverging blue–grey–red map for signed data such as positional encodings.
    case coolwarm

    /// Anchor colours, evenly spaced over 0...1.
    public var anchors: [Color] {
        let hexes: [String]
        switch self {
        case .viridis:
            hexes = ["#440154", "#472c7a", "#3b518b", "#2c718e", "#21908d", "#27ad81", "#5cc863", "#aadc32", "#fde725"]
        case .magma:
            hexes = ["#000004", "#1c1044", "#4f127b", "#812581", "#b5367a", "#e55064", "#fb8761", "#fec287", "#fcfdbf"]
        case .blues:
            hexes = ["#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c", "#08306b"]
        case .coolwarm:
            hexes = ["#3b4cc0", "#8db0fe", "#dddcdc", "#f49a7b", "#b40426"]
        }
        return hexes.compactMap { Color(hex: $0) }
    }

    /// Whether the map is diverging (centred on zero when the data has both signs).
    public var isDiverging: Bool { self == .coolwarm }

    /// The colour at `t` in 0...1 (clamped), quantised to 256 levels like matplotlib's lookup tables.
    public func color(at t: Double) -> Color {
        let anchors = self.anchors
        let q = (min(1, max(0, t.isNaN ? 0 : t)) * 255).rounded() / 255
        let position = q * Double(anchors.count - 1)
        let i = min(anchors.count - 2, Int(position))
        return Color.mix(anchors[i], anchors[i + 1], position - Double(i))
    }

    /// The 0...255 lookup index of `t`.
    func level(at t: Double) -> Int {
        Int((min(1, max(0, t.isNaN ? 0 : t)) * 255).rounded())
    }
}
