import Diagnostics

/// One condition of `if`/`while`/`guard`.
enum Condition {
    case expression(Expr)
    case optionalBinding(isVar: Bool, name: String, value: Expr?, location: SourceLocation, keywordLocation: SourceLocation)
    /// `case pattern = value` (in `if case`, `guard case`, `while case`): matches like a `switch` case.
    case pattern(CasePattern, value: Expr, location: SourceLocation)
}
