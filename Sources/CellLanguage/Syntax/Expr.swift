import Diagnostics

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
        /// `try e`, `try? e`, `try! e`; the location is the `try` keyword's.
        case tryExpr(Expr, TryKind)
        /// A construct that failed to lower; a diagnostic was already reported.
        case invalid
    }

    let kind: Kind
    let location: SourceLocation
    /// For calls: where the closing parenthesis is (swiftc reports missing arguments there).
    var closingLocation: SourceLocation?
    /// For calls: where the opening parenthesis is (swiftc reports wrong labels there).
    var openingLocation: SourceLocation?
    /// For an integer literal above `Int.max`: its value as swiftc's errors write it, and whether a `UInt64` holds
    /// it (the `.intLiteral` then holds its bit pattern; see `Compiler+UnsignedLiterals.swift`). For a floating-point
    /// literal: its text as swiftc's errors write it (`TypeChecker.floatLiteralConversionMistake`), `false`.
    var largeLiteral: (text: String, fitsUInt64: Bool)?
    /// For the construction of a property wrapper (`@W var x = 1`): the name `W`, checked to be a property wrapper;
    /// also the wrapper's storage `self._x` in the accessors of `x` (nothing more is reported there when `W` is not one).
    var isWrapperAttribute = false
    /// The same, written on a variable of top-level code (which swiftc refuses either way).
    var isTopLevelWrapper = false
    /// Whether the expression is the value of a branch of an `if` or `switch` body, returned without `return`
    /// (`Lowering.returningBranches`), or of an `if` expression lowered as `? :` (`Lowering.lowerIfExpression`):
    /// swiftc words its mismatch with the result type as for a specified type.
    var isBranchValue = false
    /// For an array literal: the arguments of a variadic parameter gathered (`sum(1, 2)`), whose mistakes swiftc
    /// reports as argument mistakes.
    var isVariadicGroup = false
    /// For a name: written `Swift.name` (the standard library's global function, never a member of `self`).
    var isLibraryQualified = false

    init(_ kind: Kind, at location: SourceLocation) {
        self.kind = kind
        self.location = location
    }

    /// Where the expression's last token starts when it is a name, a member or a call (swiftc reports an optional
    /// receiver there, e.g. at `first` in `xs.first.bitWidth`); otherwise where the expression starts.
    var lastTokenLocation: SourceLocation {
        switch kind {
        case .member(_, _, let nameLocation): return nameLocation
        case .call: return closingLocation ?? location
        default: return location
        }
    }

    /// The operator name of a postfix one-sided range `a...` (lowered as a prefix node on `a`).
    static let postfixRange = "postfix..."
    /// What a postfix operator's name is prefixed with in `.prefix` nodes and operator function names (`postfix---`).
    static let postfixOperatorPrefix = "postfix"
}
