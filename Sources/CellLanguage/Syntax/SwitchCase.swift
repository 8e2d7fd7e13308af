import Diagnostics

/// One `case`/`default` clause of a `switch`.
struct SwitchCase {
    var patterns: [CasePattern]
    /// The `where` clause of each pattern (nil when it has none): in `case a, b where c`, `c` guards only `b`.
    var guards: [Expr?]
    var body: [Stmt]
    var isDefault: Bool
    var location: SourceLocation
    /// Whether the body ends with `fallthrough` (the next case's body runs after it).
    var fallsThrough = false
}
