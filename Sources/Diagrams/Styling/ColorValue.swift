/// Converts CSS colours from mermaid styles (`#f9f`, `#ff99ff`, `rgb(255,153,255)`, `red`) to Graphviz colours.
enum ColorValue {
    /// The Graphviz spelling of `css`, or nil when it is not a colour; `isKnownName` decides colour names.
    static func graphvizColor(_ css: String, isKnownName: (String) -> Bool) -> String? {
        let value = css.trimmingWhitespace().lowercased()
        if value == "none" || value == "transparent" { return "transparent" }
        if value.hasPrefix("#") { return hexColor(String(value.dropFirst())) }
        if value.hasPrefix("rgb") { return functionalColor(value) }
        if !value.isEmpty, value.allSatisfy({ $0.isASCII && $0.isLetter }), isKnownName(value) { return value }
        return nil
    }

    private static func hexColor(_ digits: String) -> String? {
        guard digits.allSatisfy(\.isHexDigit) else { return nil }
        switch digits.count {
        case 3, 4: return "#" + digits.map { "\($0)\($0)" }.joined()
        case 6, 8: return "#" + digits
        default: return nil
        }
    }

    /// `rgb(r, g, b)` or `rgba(r, g, b, a)` with numbers 0-255 or percentages, alpha 0-1.
    private static func functionalColor(_ value: String) -> String? {
        guard let open = value.firstIndex(of: "("), value.last == ")" else { return nil }
        let name = value[..<open].trimmingWhitespace()
        guard name == "rgb" || name == "rgba" else { return nil }
        let arguments = value[value.index(after: open)..<value.index(before: value.endIndex)]
            .split(whereSeparator: { $0 == "," || $0 == " " || $0 == "/" })
            .map { String($0) }
        guard arguments.count == 3 || arguments.count == 4 else { return nil }
        var bytes: [Int] = []
        for (index, argument) in arguments.enumerated() {
            let isAlpha = index == 3
            let number: Double?
            if argument.hasSuffix("%") {
                number = Double(argument.dropLast()).map { $0 / 100 * 255 }
            } else if isAlpha {
                number = Double(argument).map { $0 * 255 }
            } else {
                number = Double(argument)
            }
            guard let number, number.isFinite else { return nil }
            bytes.append(Int(min(255, max(0, number)).rounded()))
        }
        return "#" + bytes.map { byte in
            let hex = String(byte, radix: 16, uppercase: false)
            return hex.count == 1 ? "0" + hex : hex
        }.joined()
    }
}
