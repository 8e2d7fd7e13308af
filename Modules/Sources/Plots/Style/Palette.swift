/// Colour-blind-safe categorical palettes (Okabe–Ito), ordered for each theme.
public enum Palette {
    /// Series colours on a light background (the yellow comes late: it is weak on white).
    public static let light: [Color] = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7",
                                        "#F0E442", "#000000"].compactMap { Color(hex: $0) }
    /// Series colours on a dark background (no black; the dark blue comes late).
    public static let dark: [Color] = ["#56B4E9", "#E69F00", "#009E73", "#F0E442", "#D55E00", "#CC79A7",
                                       "#0072B2", "#FFFFFF"].compactMap { Color(hex: $0) }

    /// The `index`-th colour of the theme's palette, cycling.
    public static func color(_ index: Int, theme: Theme) -> Color {
        let colors = theme == .dark ? dark : light
        let i = ((index % colors.count) + colors.count) % colors.count
        return colors[i]
    }
}
