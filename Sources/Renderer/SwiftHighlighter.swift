import CellSyntax
import SwiftIDEUtils
import SwiftParser
import SwiftSyntax

/// Turns Swift source into HTML with one `<span class="…">` per classified token (SwiftIDEUtils).
public enum SwiftHighlighter {
    /// The highlighted code as HTML, escaped; whitespace and newlines kept as written.
    public static func html(for code: String) -> String {
        let tree = SyntaxTrees.tree(for: code)
        let bytes = Array(code.utf8)
        var writer = HTMLWriter()
        var position = 0
        for range in tree.classifications {
            let start = max(range.range.lowerBound.utf8Offset, position)
            let end = min(range.range.upperBound.utf8Offset, bytes.count)
            guard start < end else { continue }
            if position < start { writer.text(String(decoding: bytes[position..<start], as: UTF8.self)) }
            let fragment = String(decoding: bytes[start..<end], as: UTF8.self)
            if let name = cssClass(range.kind) {
                writer.open("span", ["class": name])
                writer.text(fragment)
                writer.close("span")
            } else {
                writer.text(fragment)
            }
            position = end
        }
        if position < bytes.count { writer.text(String(decoding: bytes[position...], as: UTF8.self)) }
        return writer.html
    }

    /// The short CSS class for a classification, or `nil` for plain text.
    static func cssClass(_ kind: SyntaxClassification) -> String? {
        switch kind {
        case .keyword: return "kw"
        case .type: return "ty"
        case .stringLiteral, .regexLiteral: return "st"
        case .integerLiteral, .floatLiteral: return "nu"
        case .lineComment, .blockComment, .docLineComment, .docBlockComment: return "co"
        case .attribute, .ifConfigDirective: return "at"
        case .dollarIdentifier: return "dl"
        case .argumentLabel: return "lb"
        case .operator: return "op"
        case .editorPlaceholder: return "ph"
        case .identifier, .none: return nil
        @unknown default: return nil
        }
    }
}
