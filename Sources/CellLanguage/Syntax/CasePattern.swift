import Diagnostics

/// A pattern of a `switch` case.
indirect enum CasePattern {
    /// `_`
    case wildcard
    /// `let x` (binds the matched value; `var x` binds a variable).
    case binding(String, SourceLocation, isVar: Bool)
    /// A value or range the subject is compared with (`3`, `"a"`, `1...5`).
    case expression(Expr)
    /// `(p1, p2)`, at its `(` (where swiftc reports a pattern that does not fit the value).
    case tuple([CasePattern], SourceLocation)
    /// `.name` or `.name(p1, p2)` for enum cases.
    case enumCase(String, [CasePattern]?, SourceLocation)
    /// `is T` (no pattern) or `p as T`: the subject is a `T` (held as a protocol type or a superclass), matched by `p`.
    case cast(CasePattern?, TypeExpr, SourceLocation)
}
