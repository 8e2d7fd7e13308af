/// The bodies the result-builder transform rewrote (`ResultBuilderTransform`), kept for the whole notebook so that
/// the type checker, which transforms a body first, and the generator, which compiles it (possibly several times),
/// see the same nodes: the hidden variables and builder calls the checker types are the ones the generator records.
/// A transform that fails is not kept (the generator transforms again and reports the failure).
struct ResultBuilderBodies {
    /// A closure passed to a builder parameter: its transformed closure node, by the builder's qualified name.
    var closures = IdentityTable<Expr, [String: Expr]>()
    /// A function or method marked with a builder: its transformed body, by the builder's qualified name.
    var functions = IdentityTable<FunctionDecl, [String: [Stmt]]>()
    /// A computed property marked with a builder: its transformed getter body, by the getter's declared function and
    /// the builder's qualified name.
    var getters = IdentityTable<FunctionInfo, [String: [Stmt]]>()
    /// A computed variable outside a type marked with a builder: its transformed getter, by its placeholder closure
    /// and the builder's qualified name.
    var variableGetters = IdentityTable<ClosureLiteral, [String: ClosureLiteral]>()
}
