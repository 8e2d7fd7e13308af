/// A 1-based line and column in a notebook file.
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    /// The 1-based line number in the notebook file.
    public var line: Int
    /// The 1-based column, counted in characters (extended grapheme clusters) of the line, as editors show it.
    public var column: Int

    /// Creates a location from a 1-based line and column.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }
}
