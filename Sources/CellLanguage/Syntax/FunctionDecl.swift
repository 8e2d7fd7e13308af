import Diagnostics

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
        /// `@autoclosure`: the argument expression is wrapped in a closure at the call.
        var isAutoclosure = false
        /// `@escaping` written on the parameter's function type.
        var isEscaping = false
        /// `@Builder content: () -> T`: the result builder a closure passed to it is transformed by.
        var resultBuilder: ResultBuilderAttribute?
    }
    let name: String
    let parameters: [Parameter]
    let returnType: TypeExpr?
    let body: [Stmt]
    let location: SourceLocation
    /// `mutating func` (struct methods that change `self`).
    var isMutating = false
    /// The body's closing brace, where swiftc reports a missing `return`.
    var closingBrace: SourceLocation?
    /// `static func`.
    var isStatic = false
    /// Class member modifiers: `override`, `final`, and for initializers `convenience`, `required`.
    var isOverride = false
    var isFinal = false
    var isConvenience = false
    var isRequired = false
    /// `init?` or `init!` (its result is optional; `return nil` fails).
    var isFailable = false
    /// `init!`.
    var isImplicitlyUnwrapped = false
    /// `private` or `fileprivate` written on the function.
    var isRestricted = false
    /// `@Builder func f() -> T`: the result builder the body is transformed by.
    var resultBuilder: ResultBuilderAttribute?
    /// `func f() throws`.
    var isThrowing = false
    /// `func f() throws(E)`: the error type its body's errors convert to (nil for `throws` and `throws(any Error)`).
    var thrownType: TypeExpr?
    /// `func f() throws(Never)`: no error may leave it (it is not throwing).
    var throwsNever = false
    /// `func f(_ op: () throws -> Int) rethrows`: calls throw only when an argument function does.
    var isRethrowing = false
    /// A method of a class that is not `final` declared `-> Self`: its result has the receiver's static type.
    var returnsSelf = false
    /// A generic function's type parameters, each with the protocols it must conform to (`<T: Equatable>`).
    var genericParameters: [(name: String, constraints: [String])] = []
    /// `where` requirements on the type parameters' associated types (`C1.Item == C2.Item`, `C1.Item: Equatable`).
    var genericRequirements: [GenericRequirement] = []

    /// One requirement on an associated type: `left: right` (a protocol) or `left == right` (a type).
    struct GenericRequirement {
        var left: String
        var right: String
        var isSameType: Bool
        var location: SourceLocation
    }

    init(name: String, parameters: [Parameter], returnType: TypeExpr?, body: [Stmt], location: SourceLocation) {
        self.name = name
        self.parameters = parameters
        self.returnType = returnType
        self.body = body
        self.location = location
    }
}
