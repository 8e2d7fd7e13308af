import Diagnostics

/// A run-time failure of cell code (overflow, index out of range, ...), positioned at the failing expression.
struct RuntimeError: Error {
    var message: String
    var location: SourceLocation?
}
