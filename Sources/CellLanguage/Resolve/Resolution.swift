import Diagnostics

/// What one cell's names refer to, computed by `Resolver` in one walk of the lowered statements.
///
/// Keys: a `.name` expression is keyed by its node's identity (an `IdentityTable`, which retains the node); a name
/// written outside an expression (a type name in a `TypeExpr`, an `if let x` shorthand, a capture-list entry) is
/// keyed by its `SourceLocation`; closures and functions by the identity of their `ClosureLiteral`/`FunctionDecl`.
/// Declarations are numbered in the order the walk meets them (`Referent` holds that number).
public final class Resolution {
    /// A declared name: a variable, constant, parameter, function, type, member, `self` or generic parameter.
    public struct Declaration: Hashable, Sendable {
        /// The declared name.
        public var name: String
        /// What kind of declaration it is.
        public var kind: DeclarationKind
        /// Where the name is declared (the closure's position for `$0` and implicit parameters).
        public var location: Diagnostics.SourceLocation
        /// Function nesting: 0 for top-level code, 1 inside a top-level function, closure or method, and so on.
        public var depth: Int
        /// Whether it is declared by the cell's outermost statements (a global of the notebook).
        public var isTopLevel: Bool
        /// The function or closure whose body declares it (an index into `functions`), nil in top-level code.
        public var function: Int?
    }

    /// One name use and what it refers to.
    public struct Use: Hashable, Sendable {
        /// The name as written.
        public var name: String
        /// Where it is written.
        public var location: Diagnostics.SourceLocation
        /// What it refers to.
        public var referent: Referent
        /// Whether the use assigns or mutates the name (`x = …`, `x += …`, `x.append(…)`, `&x`).
        public var isWrite: Bool
    }

    /// A closure or nested function and the names it captures from enclosing functions and closures.
    public struct Function: Hashable, Sendable {
        /// The function's name, or `{ }` for a closure.
        public var name: String
        /// Where it is declared.
        public var location: Diagnostics.SourceLocation
        /// Its nesting depth (its body's `Declaration.depth`).
        public var depth: Int
        /// The declarations it captures (indices into `declarations`), in the order first used.
        public var captures: [Int]
    }

    /// Every declaration of the cell, in walk order.
    public internal(set) var declarations: [Declaration] = []
    /// Every name use, in walk order.
    public internal(set) var uses: [Use] = []
    /// Every closure and function with a body, in walk order.
    public internal(set) var functions: [Function] = []
    /// Top-level type declarations whose member bodies use a global declared after them (`static func f() { limit }`
    /// before `let limit = 10`): their bodies compile once the cell's globals are declared, like top-level functions'.
    var typesUsingLaterGlobals = IdentitySet<TypeDecl>()
    var useOfExpr = IdentityTable<Expr, Int>()
    var useAtLocation: [SourceLocation: Int] = [:]
    var functionOfNode = IdentityTable<AnyObject, Int>()
    /// For a `.name` expression that may be an implicit member, the `self` declaration in scope there.
    var selfOfUse = IdentityTable<Expr, Int>()
    /// For a `.name` expression that names nothing, the names of the locals visible there (variables, constants,
    /// parameters of the enclosing bodies declared before it, not the cell's top-level declarations or members): the
    /// generator's scope holds them when it reports the name, so it may suggest one (`TypeChecker+NameDiagnostics`).
    var localsVisibleAtUnresolvedUse = IdentityTable<Expr, Set<String>>()
    /// The same for a name written outside an expression that names nothing (a capture-list entry), by its position.
    var localsVisibleAtUnresolvedLocation: [SourceLocation: Set<String>] = [:]

    /// What the `.name` expression `expr` refers to (nil when the walk did not reach it).
    func referent(of expr: Expr) -> Referent? {
        useOfExpr[expr].map { uses[$0].referent }
    }

    /// What the name written at `location` outside an expression refers to (type names, `if let x`, captures).
    public func referent(at location: Diagnostics.SourceLocation) -> Referent? {
        useAtLocation[location].map { uses[$0].referent }
    }

    /// Whether the `.name` expression refers to a top-level name (of this cell or an earlier one).
    func isGlobal(_ expr: Expr) -> Bool { referent(of: expr)?.isGlobal ?? false }

    /// Whether the name written at `location` outside an expression refers to a top-level name.
    func isGlobal(at location: SourceLocation) -> Bool { referent(at: location)?.isGlobal ?? false }

    /// The captures of a closure literal (indices into `declarations`).
    func captures(of closure: ClosureLiteral) -> [Int]? {
        functionOfNode[closure].map { functions[$0].captures }
    }

    /// The captures of a nested function or method (indices into `declarations`).
    func captures(of function: FunctionDecl) -> [Int]? {
        functionOfNode[function].map { functions[$0].captures }
    }

    /// Whether a closure, nested function or accessor captures declaration `index` (computed after the walk).
    func isCaptured(_ index: Int) -> Bool {
        if capturedDeclarations == nil { capturedDeclarations = Set(functions.flatMap(\.captures)) }
        return capturedDeclarations?.contains(index) ?? true
    }
    private var capturedDeclarations: Set<Int>?
}
