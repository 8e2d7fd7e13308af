import Diagnostics

/// A closure literal: parameters (possibly implicit `$0`), optional types, and body.
final class ClosureLiteral {
    var parameters: [(name: String, type: TypeExpr?)]
    var returnType: TypeExpr?
    var body: [Stmt]
    /// Number of `$n` parameters used when no parameter list was written (highest index + 1).
    var anonymousCount: Int
    var hasExplicitParameters: Bool
    /// Whether the closure is written `throws` (`{ (x: Int) throws -> Int in … }`): a throwing closure whatever its body.
    var isThrowing = false
    /// A closure nbrun writes for an `if` or `switch` expression with a `throw` branch, called where it stands: its
    /// errors are the enclosing body's (as the expression's are in Swift), not a closure's.
    var isInlineExpression = false

    /// Whether `expr` is a closure literal written for an `if` or `switch` expression with a `throw` branch.
    static func isInlineExpression(_ expr: Expr) -> Bool {
        if case .closure(let literal) = expr.kind { return literal.isInlineExpression }
        return false
    }
    /// The closing brace, where swiftc reports a missing `return`.
    var closingBrace: SourceLocation?
    /// Set on the placeholder closure of a `var` declared with accessors (see `VariableAccessors`).
    var accessors: VariableAccessors?
    /// Whether the closure stands for a key path used as a function (`people.map(\.name)`: `{ $0.name }`).
    var isKeyPath = false
    /// A key path's root type when written (`\Point.x`): its closure's parameter type where no context gives one.
    var keyPathRoot: TypeExpr?
    /// Where each written parameter is (swiftc reports a wrong parameter count at the first one).
    var parameterLocations: [SourceLocation] = []
    /// Whether each parameter written with its type is declared `inout` (empty when no types are written).
    var inoutParameters: [Bool] = []
    /// The names of a capture list (`{ [x, self] in … }`), captured as they are (nbrun accepts only constants).
    var captures: [(name: String, location: SourceLocation)] = []
    /// The `weak` and `unowned` entries of the capture list (`{ [unowned self] in … }`).
    var ownedCaptures: [(name: String, isWeak: Bool, location: SourceLocation)] = []
    /// The values of `weak`/`unowned` captures written with one (`[weak delegate = self.delegate]`), by name.
    var ownedCaptureValues: [String: Expr] = [:]

    init(parameters: [(name: String, type: TypeExpr?)], returnType: TypeExpr?, body: [Stmt], anonymousCount: Int,
         hasExplicitParameters: Bool) {
        self.parameters = parameters
        self.returnType = returnType
        self.body = body
        self.anonymousCount = anonymousCount
        self.hasExplicitParameters = hasExplicitParameters
    }
}
