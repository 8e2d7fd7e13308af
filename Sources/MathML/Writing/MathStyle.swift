/// The TeX style a node is laid out in; it decides where limits go and matches the browser's `math-style`.
enum MathStyle: Equatable, Sendable {
    /// Display style: top level of a `$$…$$` block.
    case display
    /// Text style: inline formulas, fraction parts in display style, matrix cells.
    case text
    /// Script style: sub- and superscripts.
    case script
    /// Script-script style: scripts of scripts.
    case scriptScript

    /// The style of a fraction's numerator and denominator.
    var fractionPart: MathStyle {
        switch self {
        case .display: return .text
        case .text: return .script
        case .script, .scriptScript: return .scriptScript
        }
    }

    /// The style of a sub- or superscript, or of a limit.
    var script: MathStyle {
        switch self {
        case .display, .text: return .script
        case .script, .scriptScript: return .scriptScript
        }
    }

    /// Whether operator spacing is suppressed, as TeX does for binary and relation spaces in scripts.
    var isScript: Bool { self == .script || self == .scriptScript }
}
