/// Where the limits of an operator go: under and over it, or to its right as scripts.
enum LimitsPlacement: Equatable, Sendable {
    /// Under and over in display style, as scripts otherwise (`\sum`, `\lim`).
    case displayOnly
    /// Always under and over (`\limits`, `\underbrace`).
    case always
    /// Always as scripts (`\int`, `\nolimits`).
    case never
}
