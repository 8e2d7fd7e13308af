import CellSyntax
import Diagnostics

/// Guards the interpreter against deeply nested square brackets (see `BracketDepth`): a cell nesting them deeper
/// than `limit` gets an error instead of a hang.
enum BracketNesting {
    /// The deepest nesting of `[` a cell may use.
    static let limit = BracketDepth.limit

    /// The UTF-8 offset of the first `[` nested deeper than `limit`, or nil.
    static func offsetBeyondLimit(in code: String) -> Int? {
        BracketDepth.offsetBeyondLimit(in: code)
    }

    /// The error for a `[` nested too deeply.
    static func diagnostic(at location: SourceLocation) -> Diagnostic {
        CompileError.bracketsTooDeep(limit: limit).diagnostic(at: location)
    }
}
