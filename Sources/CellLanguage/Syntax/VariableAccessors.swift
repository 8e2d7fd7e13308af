/// The accessors of a `var` statement outside a type: a computed variable (`var a: Int { get … set … }`, whose
/// getter is the placeholder closure's body) or a stored one with observers (`var a = 0 { didSet … }`).
///
/// Lowering keeps the statement a `.variable` whose value is a placeholder closure carrying these accessors, so
/// the passes that only look at names and references need no new statement kind.
final class VariableAccessors {
    /// Whether the variable is computed (it has a getter); otherwise it is stored and observed.
    let isComputed: Bool
    var setter: TypeDecl.Accessor?
    var willSet: TypeDecl.Accessor?
    var didSet: TypeDecl.Accessor?
    /// The initial value of an observed variable.
    var initialValue: Expr?
    /// `@Builder var x: T { … }`: the result builder the getter's body is transformed by.
    var resultBuilder: ResultBuilderAttribute?

    init(isComputed: Bool) {
        self.isComputed = isComputed
    }
}
