import Foundation

/// Keeps the text of an inline SVG (a plot, a diagram) legible on a narrow screen.
///
/// An SVG with a `viewBox` shrinks with the page, and its text with it: a 720-unit plot on a 390 px phone draws
/// 12-unit tick labels at 5 px. The wrapper of each SVG therefore carries two CSS custom properties that the page
/// style uses: `--svg-width`, the drawing's natural width, and `--legible-width`, the narrowest width at which its
/// smallest text is still `minimumTextSize` CSS px. Below that width the figure keeps its size and scrolls
/// sideways in its box instead of shrinking.
enum SVGLegibility {
    /// The smallest text size, in CSS px, a reader should meet in a figure.
    static let minimumTextSize = 11.0

    /// The `style` attribute for the SVG's wrapper, or nil when the SVG has no usable `viewBox`.
    static func style(for svg: String) -> String? {
        guard let width = viewBoxWidth(svg), width > 0 else { return nil }
        var style = "--svg-width:\(format(width))px"
        if let smallest = fontSizes(svg).min(), smallest > 0 {
            style += ";--legible-width:\(format((width * minimumTextSize / smallest).rounded(.up)))px"
        }
        return style
    }

    /// The width of the first `viewBox` (the root element's).
    static func viewBoxWidth(_ svg: String) -> Double? {
        guard let value = attributeValues("viewBox", in: svg).first else { return nil }
        let numbers = value.split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { Double($0) }
        return numbers.count == 4 ? numbers[2] : nil
    }

    /// Every `font-size` attribute value, in user units.
    static func fontSizes(_ svg: String) -> [Double] {
        attributeValues("font-size", in: svg).compactMap { value in
            Double(value.hasSuffix("px") ? String(value.dropLast(2)) : value)
        }
    }

    /// The values of every ` name="…"` attribute, in order (a byte scan: pages hold thousands of plots' states).
    private static func attributeValues(_ name: String, in svg: String) -> [String] {
        let marker = Array(" \(name)=\"".utf8)
        var values: [String] = []
        var svg = svg
        svg.withUTF8 { bytes in
            var index = 0
            let last = bytes.count - marker.count
            while index <= last {
                guard bytes[index] == marker[0] && bytes[index + 1] == marker[1] else { index += 1; continue }
                var matches = true
                for offset in 2..<marker.count where bytes[index + offset] != marker[offset] { matches = false; break }
                guard matches else { index += 1; continue }
                let start = index + marker.count
                var end = start
                while end < bytes.count && bytes[end] != UInt8(ascii: "\"") { end += 1 }
                guard end < bytes.count else { break }
                values.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
                index = end
            }
        }
        return values
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}
