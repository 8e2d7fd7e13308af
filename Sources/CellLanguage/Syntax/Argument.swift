import Diagnostics

/// One argument of a call or subscript: optional label, value and position.
struct Argument {
    var label: String?
    var value: Expr
    var location: SourceLocation
    /// Whether the argument was written as a trailing closure (it then matches a parameter whatever its label).
    var isTrailingClosure = false
}
