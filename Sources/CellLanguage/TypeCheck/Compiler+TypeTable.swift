import Diagnostics

extension Compiler {
    /// Records what the node compiling resolved to (a declared function, a standard-library entry, a native
    /// binding…) in the typed AST; nothing during a throw-away compilation that records nothing.
    func noteResolution(_ resolution: CalleeResolution) {
        typeTable.pending = resolution
    }

    /// Records an implicit conversion applied to the value of the node compiled last, at `location`.
    func noteConversion(_ conversion: Conversion, at location: SourceLocation) {
        typeTable.noteConversion(conversion, at: location)
    }

    /// Whether `expr` is a string literal without interpolations.
    static func isPlainTextLiteral(_ expr: Expr) -> Bool {
        guard case .stringLiteral(let parts) = expr.kind else { return false }
        return parts.allSatisfy { if case .text = $0 { true } else { false } }
    }

    /// Whether `expr` is an integer literal that fits an Int or a floating-point literal, possibly negated.
    static func isPlainNumberLiteral(_ expr: Expr) -> Bool {
        switch expr.kind {
        case .intLiteral: return expr.largeLiteral == nil
        case .floatLiteral: return true
        case .prefix("-", let operand): return isPlainNumberLiteral(operand)
        default: return false
        }
    }
}
