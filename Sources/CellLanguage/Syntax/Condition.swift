import Diagnostics

/// One condition of `if`/`while`/`guard`.
enum Condition {
    case expression(Expr)
    case optionalBinding(isVar: Bool, name: String, value: Expr?, location: SourceLocation)
}
