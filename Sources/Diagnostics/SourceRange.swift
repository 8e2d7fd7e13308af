/// A span of a notebook file, from `start` to `end` inclusive, in 1-based lines and columns.
public struct SourceRange: Hashable, Sendable {
    /// The first position of the span.
    public var start: SourceLocation
    /// The last position of the span.
    public var end: SourceLocation

    /// Creates a range.
    public init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = end
    }

    /// A range covering whole lines `first...last`.
    public init(lines first: Int, _ last: Int) {
        self.init(start: SourceLocation(line: first, column: 1), end: SourceLocation(line: last, column: 1))
    }
}
