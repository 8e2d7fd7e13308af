import Diagnostics

/// One requirement of a `protocol` declaration: a method, a property or an initializer a conforming type must have.
struct ProtocolRequirement {
    /// What the requirement asks for.
    enum Kind {
        /// `func name(…) -> T` (its declaration, without a body).
        case method(FunctionDecl)
        /// `var name: T { get }` or `{ get set }`.
        case property(TypeExpr, settable: Bool)
        /// `init(…)` (its declaration, without a body).
        case initializer(FunctionDecl)
        /// `associatedtype Item` or `associatedtype Item: Equatable` (the protocols it must conform to).
        case associatedType(constraints: [String], sameTypes: [(left: String, right: String)])
        /// `subscript(i: Int) -> Item { get }` (a declaration named `subscript`, without a body).
        case subscriptRequirement(FunctionDecl, settable: Bool)
    }
    var name: String
    var kind: Kind
    var isStatic: Bool
    var isMutating: Bool
    var location: SourceLocation
}
