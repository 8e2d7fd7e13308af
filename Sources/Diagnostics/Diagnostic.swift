/// One problem found in a notebook, positioned in the notebook's own coordinates.
public struct Diagnostic: Hashable, Sendable, Error, Codable {
    /// How serious a diagnostic is.
    public enum Severity: String, Hashable, Sendable, Codable {
        case error, warning, note
    }

    /// How serious the problem is.
    public var severity: Severity
    /// The message, without position or severity, e.g. `cannot find 'slpoe' in scope`.
    public var message: String
    /// Where the problem is in the notebook file; `nil` for problems of the whole file.
    public var location: SourceLocation?
    /// Follow-up notes printed after the main line, e.g. `did you mean 'slope'?`.
    public var notes: [String]

    /// Creates a diagnostic.
    public init(_ severity: Severity = .error, _ message: String, at location: SourceLocation?, notes: [String] = []) {
        self.severity = severity
        self.message = message
        self.location = location
        self.notes = notes
    }

    /// Creates an error diagnostic.
    public static func error(_ message: String, at location: SourceLocation?, notes: [String] = []) -> Diagnostic {
        Diagnostic(.error, message, at: location, notes: notes)
    }

    /// Creates a warning diagnostic.
    public static func warning(_ message: String, at location: SourceLocation?, notes: [String] = []) -> Diagnostic {
        Diagnostic(.warning, message, at: location, notes: notes)
    }
}
