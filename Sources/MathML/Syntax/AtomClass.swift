/// The TeX class of an atom, which decides the spacing around it.
enum AtomClass: Equatable, Sendable {
    /// An ordinary symbol: letters, digits, groups, fractions.
    case ordinary
    /// A large operator or a named function (`\sum`, `\sin`).
    case largeOperator
    /// A binary operation (`+`, `\times`); becomes ordinary where it cannot be binary.
    case binary
    /// A relation (`=`, `\le`, `\to`).
    case relation
    /// An opening delimiter (`(`, `[`).
    case opening
    /// A closing delimiter (`)`, `]`, `!`).
    case closing
    /// Punctuation (`,`, `;`).
    case punctuation
    /// A `\left…\right` construct.
    case inner
}
