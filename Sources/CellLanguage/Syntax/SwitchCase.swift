import Diagnostics

/// One `case`/`default` clause of a `switch`.
struct SwitchCase {
    var patterns: [CasePattern]
    var whereClause: Expr?
    var body: [Stmt]
    var isDefault: Bool
    var location: SourceLocation
}
