import CellLanguage
import Diagnostics

/// The diagnostics of `code` compiled as one cell starting at line 1, as `line:column: message` (the form swiftc's
/// output is compared in).
func diagnosticLines(_ code: String) -> [String] {
    Interpreter().compile(CellSource(code: code, firstLine: 1)).diagnostics.map { diagnostic in
        guard let location = diagnostic.location else { return diagnostic.message }
        return "\(location.line):\(location.column): \(diagnostic.message)"
    }
}
