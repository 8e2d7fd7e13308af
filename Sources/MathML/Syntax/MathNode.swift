/// A node of a parsed formula, one MathML construct each.
indirect enum MathNode: Equatable, Sendable {
    /// An identifier, `<mi>`; `upright` forces `mathvariant="normal"` on a single character.
    case identifier(String, upright: Bool)
    /// A number, `<mn>`.
    case number(String)
    /// An operator or delimiter, `<mo>`.
    case symbol(MathSymbol)
    /// Text, `<mtext>` (`\text{…}`).
    case text(String)
    /// Horizontal space, `<mspace>`, width in em (may be negative for `\!`).
    case space(String)
    /// A braced group, `<mrow>`; an ordinary atom for spacing.
    case group([MathNode])
    /// A named function such as `\sin` or `\operatorname{softmax}`, followed by function application.
    case function(MathNode, limits: LimitsPlacement)
    /// A large operator such as `\sum` or `\int`.
    case largeOperator(String, limits: LimitsPlacement)
    /// A base with a subscript and/or a superscript.
    case scripts(base: MathNode, sub: MathNode?, sup: MathNode?)
    /// A fraction; `thickness` is `0` for `\binom`.
    case fraction(numerator: MathNode, denominator: MathNode, style: FractionStyle, thickness: String?)
    /// A square root, or an n-th root when `index` is present.
    case root(MathNode, index: MathNode?)
    /// An accent over or under a base (`\hat`, `\overline`, `\underbrace`).
    case accent(base: MathNode, mark: String, under: Bool, stretchy: Bool)
    /// `\overset`/`\underset`/`\stackrel`: a base with something set over or under it.
    case stacked(base: MathNode, attachment: MathNode, under: Bool)
    /// A `\left…\right` pair around a body; `nil` for the invisible delimiter `.`.
    case fenced(opening: String?, closing: String?, body: [MathNode])
    /// A grid of cells.
    case table(MathTable)
    /// Content that takes up its space but is not drawn (`\phantom`), `<mphantom>`.
    case phantom(MathNode)
    /// A list set in display (`\displaystyle`) or text (`\textstyle`) style.
    case styled(display: Bool, body: [MathNode])
}
