import Diagnostics

/// A part of a string literal: literal text or an interpolated expression.
enum StringPart {
    case text(String)
    case interpolation(Expr)
}
