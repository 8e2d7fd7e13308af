/// An operator-like token, written as `<mo>`.
struct MathSymbol: Equatable, Sendable {
    /// How the symbol takes part in stretching and fencing.
    enum Role: Equatable, Sendable {
        /// An inline symbol that never stretches.
        case plain
        /// The opening delimiter of `\left…\right` or of a matrix environment.
        case openingFence
        /// The closing delimiter of `\left…\right` or of a matrix environment.
        case closingFence
        /// A `\middle` delimiter.
        case middleFence
        /// A delimiter of a fixed size set by `\big`, `\Big`, `\bigg` or `\Bigg` (height in em).
        case sized(String)
    }

    /// The character(s) shown.
    var text: String
    /// The TeX class, which drives spacing.
    var atomClass: AtomClass
    /// The stretching role.
    var role: Role = .plain
}
