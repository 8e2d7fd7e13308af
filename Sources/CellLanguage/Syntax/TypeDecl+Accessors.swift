import Diagnostics

extension TypeDecl {
    /// An accessor body with the name of its implicit parameter (`set(v)`, `willSet`, `didSet(old)`).
    struct Accessor {
        var parameter: String
        var body: [Stmt]
        var location: SourceLocation
        /// Whether the body names its parameter (a `didSet` that does not name `oldValue` needs no old value).
        var readsParameter = true
    }

    /// A `subscript` declaration: its parameters, element type, getter and optional setter.
    struct Subscript {
        var parameters: [FunctionDecl.Parameter]
        var returnType: TypeExpr
        var getter: [Stmt]
        var setter: Accessor?
        var isStatic: Bool
        var location: SourceLocation
        /// The getter's closing brace, where swiftc reports a missing `return`.
        var closingBrace: SourceLocation?
        /// `override subscript` / `final subscript` in a class.
        var isOverride = false
        var isFinal = false
        /// A generic subscript's type parameters and `where` requirements (`subscript<Indices: Sequence>(…)`).
        var genericParameters: [(name: String, constraints: [String])] = []
        var genericRequirements: [FunctionDecl.GenericRequirement] = []
    }
}
