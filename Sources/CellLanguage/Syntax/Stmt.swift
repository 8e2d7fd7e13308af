import Diagnostics

/// A statement node.
indirect enum Stmt {
    case expression(Expr)
    case variable(isLet: Bool, pattern: BindingPattern, type: TypeExpr?, value: Expr?, location: SourceLocation)
    case function(FunctionDecl)
    case ifStatement([Condition], [Stmt], [Stmt]?, SourceLocation)
    /// `guard conditions else { body }`; the location is the closing brace of the `else` block.
    case guardStatement([Condition], [Stmt], SourceLocation)
    /// `for pattern in sequence`; `casePattern` is set for `for case pattern in sequence` (then `pattern` is `_`).
    case forIn(label: String?, pattern: BindingPattern, casePattern: CasePattern?, sequence: Expr, whereClause: Expr?, body: [Stmt],
               SourceLocation)
    case whileLoop(label: String?, [Condition], [Stmt], SourceLocation)
    case repeatWhile(label: String?, [Stmt], Expr, SourceLocation)
    case returnStatement(Expr?, SourceLocation)
    case breakStatement(String?, SourceLocation)
    case continueStatement(String?, SourceLocation)
    case block([Stmt])
    case switchStatement(label: String?, Expr, [SwitchCase], SourceLocation)
    case typeDeclaration(TypeDecl)
    /// `throw value`.
    case throwStatement(Expr, SourceLocation)
    /// `do { … } catch … { … }` (a `do` without `catch` is a plain block).
    case doCatch([Stmt], [CatchClause], SourceLocation)
    /// `defer { … }`: runs when the enclosing scope exits.
    case deferStatement([Stmt], SourceLocation)
    /// `typealias Name = Type` at the top level.
    case typeAlias(String, TypeExpr, SourceLocation)
    /// A construct that failed to lower; a diagnostic was already reported.
    case invalid
}
