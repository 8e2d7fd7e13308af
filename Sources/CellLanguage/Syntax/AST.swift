import Diagnostics

/// A type as written in cell code, e.g. `[Double]` or `(Int) -> Int`.
indirect enum TypeExpr {
    case named(String, SourceLocation)
    case array(TypeExpr)
    case dictionary(TypeExpr, TypeExpr)
    case set(TypeExpr)
    case optional(TypeExpr)
    case function([TypeExpr], TypeExpr)
    case tuple([String?], [TypeExpr])
}

/// One argument of a call or subscript: optional label, value and position.
struct Argument {
    var label: String?
    var value: Expr
    var location: SourceLocation
    /// Whether the argument was written as a trailing closure (it then matches a parameter whatever its label).
    var isTrailingClosure = false
}

/// A part of a string literal: literal text or an interpolated expression.
enum StringPart {
    case text(String)
    case interpolation(Expr)
}

/// A closure literal: parameters (possibly implicit `$0`), optional types, and body.
final class ClosureLiteral {
    var parameters: [(name: String, type: TypeExpr?)]
    var returnType: TypeExpr?
    var body: [Stmt]
    /// Number of `$n` parameters used when no parameter list was written (highest index + 1).
    var anonymousCount: Int
    var hasExplicitParameters: Bool

    init(parameters: [(name: String, type: TypeExpr?)], returnType: TypeExpr?, body: [Stmt], anonymousCount: Int,
         hasExplicitParameters: Bool) {
        self.parameters = parameters
        self.returnType = returnType
        self.body = body
        self.anonymousCount = anonymousCount
        self.hasExplicitParameters = hasExplicitParameters
    }
}

/// An expression node of the cell language's own AST (no SwiftSyntax past lowering).
final class Expr {
    /// The shape of an expression.
    indirect enum Kind {
        case intLiteral(Int)
        case floatLiteral(Double)
        case boolLiteral(Bool)
        case stringLiteral([StringPart])
        case nilLiteral
        case name(String)
        /// A type in expression position, e.g. `[Double]` in `[Double](repeating: 0, count: 3)`.
        case typeReference(TypeExpr)
        case binary(String, Expr, Expr, SourceLocation)
        case assign(String, Expr, Expr, SourceLocation)
        case prefix(String, Expr)
        case call(Expr, [Argument])
        case member(Expr?, String, SourceLocation)
        case subscriptAccess(Expr, [Argument])
        case array([Expr])
        case dictionary([(Expr, Expr)])
        case tuple([Argument])
        case closure(ClosureLiteral)
        case ternary(Expr, Expr, Expr)
        case forceUnwrap(Expr)
        case optionalChain(Expr)
        case cast(Expr, TypeExpr, String)
        /// `&x`, passed to an `inout` parameter.
        case inoutArgument(Expr)
        /// A construct that failed to lower; a diagnostic was already reported.
        case invalid
    }

    let kind: Kind
    let location: SourceLocation
    /// For calls: where the closing parenthesis is (swiftc reports missing arguments there).
    var closingLocation: SourceLocation?
    /// For calls: where the opening parenthesis is (swiftc reports wrong labels there).
    var openingLocation: SourceLocation?

    init(_ kind: Kind, at location: SourceLocation) {
        self.kind = kind
        self.location = location
    }
}

/// A `func` declaration.
final class FunctionDecl {
    struct Parameter {
        var label: String?
        var name: String
        var type: TypeExpr
        var defaultValue: Expr?
        var isInout: Bool
        var isVariadic: Bool
        var location: SourceLocation
    }
    let name: String
    let parameters: [Parameter]
    let returnType: TypeExpr?
    let body: [Stmt]
    let location: SourceLocation
    /// `mutating func` (struct methods that change `self`).
    var isMutating = false
    /// `static func`.
    var isStatic = false

    init(name: String, parameters: [Parameter], returnType: TypeExpr?, body: [Stmt], location: SourceLocation) {
        self.name = name
        self.parameters = parameters
        self.returnType = returnType
        self.body = body
        self.location = location
    }
}

/// A `struct`, `class` or `enum` declaration.
final class TypeDecl {
    enum Kind { case structure, classType, enumeration }
    /// A stored property (`var x: Double = 0`, `static let origin = …`).
    struct Field {
        var name: String
        var type: TypeExpr?
        var value: Expr?
        var isLet: Bool
        var isStatic: Bool
        var location: SourceLocation
    }
    /// A computed property (`var area: Double { w * h }`).
    struct Computed {
        var name: String
        var type: TypeExpr
        var body: [Stmt]
        var isStatic: Bool
        var location: SourceLocation
    }
    /// An enum case (`case circle(radius: Double)`, `case mercury = 1`).
    struct Case {
        var name: String
        var payload: [(label: String?, type: TypeExpr)]?
        var rawValue: Expr?
        var location: SourceLocation
    }
    let kind: Kind
    let name: String
    let location: SourceLocation
    var conformances: [String] = []
    var fields: [Field] = []
    var computed: [Computed] = []
    var methods: [FunctionDecl] = []
    var initializers: [FunctionDecl] = []
    var cases: [Case] = []

    init(kind: Kind, name: String, location: SourceLocation) {
        self.kind = kind
        self.name = name
        self.location = location
    }
}

/// A pattern bound by `let`/`var` or `for`.
indirect enum BindingPattern {
    case name(String, SourceLocation)
    case wildcard
    case tuple([BindingPattern])
}

/// One condition of `if`/`while`/`guard`.
enum Condition {
    case expression(Expr)
    case optionalBinding(isVar: Bool, name: String, value: Expr?, location: SourceLocation)
}

/// A pattern of a `switch` case.
indirect enum CasePattern {
    /// `_`
    case wildcard
    /// `let x` (binds the matched value).
    case binding(String, SourceLocation)
    /// A value or range the subject is compared with (`3`, `"a"`, `1...5`).
    case expression(Expr)
    /// `(p1, p2)`
    case tuple([CasePattern])
    /// `.name` or `.name(p1, p2)` for enum cases.
    case enumCase(String, [CasePattern]?, SourceLocation)
}

/// One `case`/`default` clause of a `switch`.
struct SwitchCase {
    var patterns: [CasePattern]
    var whereClause: Expr?
    var body: [Stmt]
    var isDefault: Bool
    var location: SourceLocation
}

/// A statement node.
indirect enum Stmt {
    case expression(Expr)
    case variable(isLet: Bool, pattern: BindingPattern, type: TypeExpr?, value: Expr?, location: SourceLocation)
    case function(FunctionDecl)
    case ifStatement([Condition], [Stmt], [Stmt]?, SourceLocation)
    case guardStatement([Condition], [Stmt], SourceLocation)
    case forIn(label: String?, pattern: BindingPattern, sequence: Expr, whereClause: Expr?, body: [Stmt], SourceLocation)
    case whileLoop(label: String?, [Condition], [Stmt], SourceLocation)
    case repeatWhile(label: String?, [Stmt], Expr, SourceLocation)
    case returnStatement(Expr?, SourceLocation)
    case breakStatement(String?, SourceLocation)
    case continueStatement(String?, SourceLocation)
    case block([Stmt])
    case switchStatement(label: String?, Expr, [SwitchCase], SourceLocation)
    case typeDeclaration(TypeDecl)
    /// A construct that failed to lower; a diagnostic was already reported.
    case invalid
}
