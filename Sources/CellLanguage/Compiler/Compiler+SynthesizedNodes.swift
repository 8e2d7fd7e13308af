/// Nodes the compiler writes itself while generating (the `self` behind an implicit member or `super`, the
/// `self.x` an implicit member stands for): they are compiled but not recorded in the typed AST, whose entries are
/// the nodes of the user's program (the name the user wrote is recorded with the member's type).
extension Compiler {
    /// `expr`, marked as written by the compiler.
    func synthesized(_ expr: Expr) -> Expr {
        typeTable.markSynthesized(expr)
        return expr
    }

    /// A `self` the compiler writes at `location`.
    func synthesizedSelf(at location: SourceLocation) -> Expr {
        synthesized(Expr(.name("self"), at: location))
    }
}
