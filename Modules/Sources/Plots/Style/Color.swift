import Foundation

/// An sRGB colour with opacity, written to SVG as a CSS hex string.
public struct Color: Hashable, Sendable, CustomStringConvertible {
    /// Red component in 0...1.
    public var red: Double
    /// Green component in 0...1.
    public var green: Double
    /// Blue component in 0...1.
    public var blue: Double
    /// Opacity in 0...1.
    public var alpha: Double

    /// Creates a colour from components in 0...1 (values outside are clamped).
    public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
        self.red = Color.clamp(red)
        self.green = Color.clamp(green)
        self.blue = Color.clamp(blue)
        self.alpha = Color.clamp(alpha)
    }

    /// Parses a CSS hex colour: `#rgb`, `#rgba`, `#rrggbb` or `#rrggbbaa` (the `#` is optional).
    public init?(hex: String) {
        var digits = Substring(hex.trimmingCharactersInWhitespace())
        if digits.hasPrefix("#") { digits = digits.dropFirst() }
        var values: [Double] = []
        let chars = Array(digits)
        switch chars.count {
        case 3, 4:
            for c in chars {
                guard let v = c.hexDigitValue else { return nil }
                values.append(Double(v * 17) / 255)
            }
        case 6, 8:
            var i = 0
            while i < chars.count {
                guard let hi = chars[i].hexDigitValue, let lo = chars[i + 1].hexDigitValue else { return nil }
                values.append(Double(hi * 16 + lo) / 255)
                i += 2
            }
        default:
            return nil
        }
        self.init(red: values[0], green: values[1], blue: values[2], alpha: values.count == 4 ? values[3] : 1)
    }

    /// Parses a hex string or a named colour (see `Color.named(_:)`).
    public init?(_ text: String) {
        if let named = Color.named(text) {
            self = named
        } else if let parsed = Color(hex: text) {
            self = parsed
        } else {
            return nil
        }
    }

    /// The colour with a different opacity.
    public func withAlpha(_ alpha: Double) -> Color {
        Color(red: red, green: green, blue: blue, alpha: alpha)
    }

    /// The `#rrggbb` form, ignoring opacity.
    public var hex: String {
        "#" + [red, green, blue].map { component in
            let v = Int((component * 255).rounded())
            let s = String(v, radix: 16)
            return s.count == 1 ? "0" + s : s
        }.joined()
    }

    /// The CSS form used in SVG attributes (`#rrggbb`; opacity is written separately).
    public var description: String { hex }

    /// Relative luminance (WCAG), used to pick readable text over a fill.
    public var luminance: Double {
        func linear(_ c: Double) -> Double { c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// Linear interpolation between two colours, `t` in 0...1.
    public static func mix(_ a: Color, _ b: Color, _ t: Double) -> Color {
        Color(red: a.red + (b.red - a.red) * t, green: a.green + (b.green - a.green) * t,
              blue: a.blue + (b.blue - a.blue) * t, alpha: a.alpha + (b.alpha - a.alpha) * t)
    }

    /// A colour by name: the Okabe–Ito palette names plus a few common CSS names.
    public static func named(_ name: String) -> Color? {
        let key = name.lowercased().filter { $0 != " " && $0 != "-" && $0 != "_" }
        return namedColors[key].flatMap { Color(hex: $0) }
    }

    /// The names accepted by `Color.named(_:)`, sorted.
    public static var names: [String] { namedColors.keys.sorted() }

    private static let namedColors: [String: String] = [
        "orange": "#E69F00", "skyblue": "#56B4E9", "green": "#009E73", "yellow": "#F0E442",
        "blue": "#0072B2", "vermillion": "#D55E00", "red": "#D55E00", "purple": "#CC79A7",
        "reddishpurple": "#CC79A7", "black": "#000000", "white": "#FFFFFF", "gray": "#7F7F7F",
        "grey": "#7F7F7F", "gold": "#FFD700", "lightgreen": "#90EE90", "darkgray": "#404040",
        "lightgray": "#D3D3D3",
    ]

    private static func clamp(_ v: Double) -> Double { v.isNaN ? 0 : min(1, max(0, v)) }
}

extension String {
    func trimmingCharactersInWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
