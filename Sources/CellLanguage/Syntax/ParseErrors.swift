import Diagnostics
import SwiftDiagnostics
import SwiftParserDiagnostics
import SwiftSyntax

/// Parse errors from SwiftParser, each at its own position, converted to notebook diagnostics.
enum ParseErrors {
    static func diagnostics(for tree: SourceFileSyntax, map: SourceMap) -> [Diagnostics.Diagnostic] {
        // swift-syntax traps ("A Fix-It must have at least one change") on an `=` that is unevenly spaced only
        // because of characters it does not count as spaces (U+001F, U+007F, U+FEFF, vertical tab, form feed):
        // report those ourselves instead of asking the generator (found by Fuzz/, FuzzCellLanguage).
        let trapping = tree.tokens(viewMode: .all).filter(equalSignWouldTrap)
        if !trapping.isEmpty {
            return trapping.map { token in
                CompileError.equalsWhitespace.diagnostic(at: map.location(ofOffset: token.positionAfterSkippingLeadingTrivia.utf8Offset))
            }
        }
        let source = tree.syntaxTextBytes
        return ParseDiagnosticsGenerator.diagnostics(for: tree).map { diagnostic in
            if let escape = invalidEscape(diagnostic, in: source) {
                return .error(escape.message, at: map.location(ofOffset: escape.offset))
            }
            let severity: Diagnostics.Diagnostic.Severity
            switch diagnostic.diagMessage.severity {
            case .error: severity = .error
            case .warning: severity = .warning
            default: severity = .note
            }
            // `x =y`: swift-syntax reports the missing space after the `=`, swiftc at the `=`.
            let offset = diagnostic.message == CompileError.equalsWhitespace.message
                ? diagnostic.node.positionAfterSkippingLeadingTrivia.utf8Offset : diagnostic.position.utf8Offset
            return Diagnostics.Diagnostic(severity, diagnostic.message,
                                          at: map.location(ofOffset: offset),
                                          notes: diagnostic.notes.map(\.message))
        }
    }

    /// swiftc's error for an invalid escape in a string literal, which swift-syntax reports at the backslash:
    /// `invalid unicode scalar` at the backslash of `\u{D800}`, `invalid escape sequence in literal` at the
    /// character after the backslash otherwise.
    private static func invalidEscape(_ diagnostic: SwiftDiagnostics.Diagnostic, in source: [UInt8]) -> (message: String, offset: Int)? {
        let offset = diagnostic.position.utf8Offset
        if diagnostic.message.hasPrefix("\\u{...} escape sequence expects"), offset < source.count,
           let brace = source[offset...].prefix(16).firstIndex(of: UInt8(ascii: "}")) {
            // `\u{000000000}`, `\u{}`: swiftc reports the digits just after the closing brace.
            return (diagnostic.message, brace + 1)
        }
        guard diagnostic.message == CompileError.invalidEscapeSequence.message, offset + 1 < source.count,
              source[offset] == UInt8(ascii: "\\") else { return nil }
        if source[offset + 1] == UInt8(ascii: "u") { return (CompileError.invalidUnicodeScalar("").message, offset) }
        return (CompileError.invalidEscapeSequence.message, offset + 1)
    }

    /// Whether the generator would build an empty fix-it for this token: an `=` flagged as unevenly spaced that
    /// has a space or tab on both sides.
    private static func equalSignWouldTrap(_ token: TokenSyntax) -> Bool {
        guard token.tokenDiagnostic?.kind == .equalMustHaveConsistentWhitespaceOnBothSides else { return false }
        let isSpace: (TriviaPiece) -> Bool = { piece in
            switch piece {
            case .spaces, .tabs: return true
            default: return false
            }
        }
        let spaceBefore = token.previousToken(viewMode: .all)?.trailingTrivia.contains(where: isSpace) ?? false
        return spaceBefore && token.trailingTrivia.contains(where: isSpace)
    }
}
