/// Converts LaTeX math (the subset a lesson uses, listed in `docs/math.md`) to a MathML Core `<math>` element
/// that browsers render natively, with no JavaScript.
public enum MathMLConverter {
    /// The `<math>` element for `latex`: `display="block"` for `$$…$$`, `display="inline"` for `$…$`.
    ///
    /// Throws a `MathError` with the position of the first problem (unknown command, unbalanced brace, …).
    /// Every input is safe: nesting deeper than 200 levels is an error, text is escaped, and the output
    /// depends only on the input.
    public static func convert(_ latex: String, display: Bool) throws(MathError) -> String {
        var parser = MathParser(latex)
        let nodes = try parser.parseFormula()
        var writer = MathMLWriter()
        writer.writeMath(nodes, display: display)
        return writer.output
    }
}
