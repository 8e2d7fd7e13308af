import Diagnostics

/// The kind of a `try`: plain (the error propagates), `try?` (nil on error) or `try!` (a run-time error).
enum TryKind {
    case plain
    case optional
    case forced
}

/// One `catch` clause of a `do`–`catch` statement.
struct CatchClause {
    /// One pattern of a `catch` clause.
    enum Item {
        /// `catch let e` (bare `catch` binds `error`): matches every error.
        case binding(String, SourceLocation)
        /// `catch is T` (`name` nil) or `catch let e as T`.
        case cast(TypeExpr, name: String?, SourceLocation)
        /// `catch T.someCase` or `catch T.someCase(let x)`: the error is a `T` and matches the case pattern.
        case enumCase(typeName: String, CasePattern, SourceLocation)
    }
    /// The patterns, each with its `where` clause (empty for a bare `catch`).
    var items: [(item: Item, condition: Expr?)]
    var body: [Stmt]
    var location: SourceLocation
    /// The `E` of the clause's `do throws(E)` (nil for a plain `do`): the type of a bare `catch`'s `error`.
    var thrownType: TypeExpr?
}
