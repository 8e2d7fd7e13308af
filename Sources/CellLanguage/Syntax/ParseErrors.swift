import Diagnostics
import SwiftDiagnostics
import SwiftParserDiagnostics
import SwiftSyntax

/// Parse errors from SwiftParser, each at its own position, converted to notebook diagnostics.
enum ParseErrors {
    static func diagnostics(for tree: SourceFileSyntax, map: SourceMap) -> [Diagnostics.Diagnostic] {
        ParseDiagnosticsGenerator.diagnostics(for: tree).map { diagnostic in
            let severity: Diagnostics.Diagnostic.Severity
            switch diagnostic.diagMessage.severity {
            case .error: severity = .error
            case .warning: severity = .warning
            default: severity = .note
            }
            return Diagnostics.Diagnostic(severity, diagnostic.message,
                                          at: map.location(ofOffset: diagnostic.position.utf8Offset),
                                          notes: diagnostic.notes.map(\.message))
        }
    }
}
