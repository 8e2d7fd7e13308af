/// One lexical token of a LaTeX formula, with the offset (in characters) where it starts.
struct MathToken: Equatable, Sendable {
    /// What the token is.
    enum Kind: Equatable, Sendable {
        /// A command: `\frac` has the name `frac`, `\{` has the name `{`, `\\` has the name `\`.
        case command(String)
        /// Any other character (letters, digits, operators, punctuation).
        case character(Character)
        /// `{`.
        case beginGroup
        /// `}`.
        case endGroup
        /// `^`.
        case caret
        /// `_`.
        case underscore
        /// `&`, the column separator.
        case alignment
        /// The end of the formula.
        case end
    }

    /// What the token is.
    var kind: Kind
    /// The 0-based offset of its first character in the formula.
    var offset: Int
}
