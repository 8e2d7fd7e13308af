import Diagnostics

/// A pattern bound by `let`/`var` or `for`.
indirect enum BindingPattern {
    case name(String, SourceLocation)
    case wildcard
    case tuple([BindingPattern])
}
