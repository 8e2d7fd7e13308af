/// An error in a LaTeX formula, with the position of the offending character.
public struct MathError: Error, Equatable, Hashable, Sendable, CustomStringConvertible {
    /// A human-readable explanation, e.g. `unknown command '\frak'`.
    public var message: String
    /// The 0-based offset of the offending character in the formula, counted in characters
    /// (extended grapheme clusters); equal to the formula's length for errors at its end.
    public var offset: Int
    /// The 1-based line inside the formula (a `$$…$$` block may span several lines).
    public var line: Int
    /// The 1-based column inside that line, counted in characters.
    public var column: Int

    /// Creates an error with an explicit message and position.
    public init(message: String, offset: Int, line: Int, column: Int) {
        self.message = message
        self.offset = offset
        self.line = line
        self.column = column
    }

    /// `line:column: message`, positions relative to the formula.
    public var description: String { "\(line):\(column): \(message)" }
}
