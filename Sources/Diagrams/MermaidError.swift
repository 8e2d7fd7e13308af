/// An error in a mermaid diagram, located by a 1-based line (and column) relative to the diagram's first line.
public struct MermaidError: Error, Sendable, Equatable, CustomStringConvertible {
    /// 1-based line, counted from the first line of the diagram source.
    public var line: Int
    /// 1-based column (in characters) on that line; 1 when only the line is known.
    public var column: Int
    /// What is wrong, in a sentence without a trailing period.
    public var message: String

    /// Creates an error at the given position.
    public init(line: Int, column: Int = 1, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    /// `line:column: message`.
    public var description: String { "\(line):\(column): \(message)" }
}
