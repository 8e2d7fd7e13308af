import Foundation

/// A rendered figure: the SVG text, warnings about skipped data, and the alt-text summary.
public struct SVGDocument: Sendable, Equatable {
    /// The complete `<svg>` element, ready to inline in HTML or save as a file.
    public let svg: String
    /// Problems met while rendering (non-finite values skipped, empty series, ...), in order.
    public let warnings: [String]
    /// Plain-language description of the chart (also in the SVG's `<desc>` when there is no caption).
    public let summary: String
    /// The root element id, derived from the content (`plot-` and 12 hex digits).
    public let id: String

    /// The placeholder for the id while the body is written; it contains a character escaping always removes.
    static let idToken = "\u{1}id\u{1}"

    /// The font stack used for all text.
    static let fontFamily = "system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif"

    /// Builds the document around a body written by `body` (which returns its warnings); ids in the body use
    /// `idToken` and are replaced by the content hash.
    static func make(title: String?, caption: String?, summary: String, width: Double, height: Double,
                     idSeed: String = "",
                     body: (inout String, String) -> [String]) -> SVGDocument {
        var content = ""
        content.reserveCapacity(8192)
        let warnings = body(&content, idToken)
        let titleText = XMLEscaping.escape(title ?? summary)
        let descText = XMLEscaping.escape(caption ?? summary)
        let h = FNV1a.hash(idSeed + "\u{0}" + titleText + "\u{0}" + descText + "\u{0}" + content)
        let hex = String(h, radix: 16)
        let id = "plot-" + String((String(repeating: "0", count: max(0, 16 - hex.count)) + hex).prefix(12))
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"\(id)\" viewBox=\"0 0 "
        svg += SVGNumber.format(width) + " " + SVGNumber.format(height)
        svg += "\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" style=\"max-width:100%;height:auto\""
        svg += " font-family=\"\(fontFamily)\">\n"
        svg += "<title id=\"\(id)-title\">\(titleText)</title>\n"
        svg += "<desc id=\"\(id)-desc\">\(descText)</desc>\n"
        svg += replacingIDToken(in: content, with: id)
        svg += "</svg>\n"
        return SVGDocument(svg: svg, warnings: warnings, summary: summary, id: id)
    }

    /// `content` with every `idToken` replaced by `id`, in one pass over its UTF-8 bytes: the token's first byte
    /// (U+0001) occurs nowhere else, since escaping removes it from text (Foundation's `replacingOccurrences` took
    /// a sixth of a lesson's render time).
    static func replacingIDToken(in content: String, with id: String) -> String {
        let token = Array(idToken.utf8), replacement = Array(id.utf8)
        var content = content
        return content.withUTF8 { bytes -> String in
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + bytes.count / 16)
            var start = 0, index = 0
            while index < bytes.count {
                if bytes[index] == token[0], index + token.count <= bytes.count,
                   token.indices.allSatisfy({ bytes[index + $0] == token[$0] }) {
                    result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                    result.append(contentsOf: replacement)
                    index += token.count
                    start = index
                } else {
                    index += 1
                }
            }
            result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<bytes.count]))
            return String(decoding: result, as: UTF8.self)
        }
    }
}
