/// The static types already found for expression nodes of the cell being compiled, by node and scope, so that a
/// node is typed once however many times the compiler asks (`Compiler.compileExprTypeOnly`).
struct TypeMemo {
    /// A node in a scope (the same node may type differently in another scope, e.g. a closure body compiled for
    /// two overload candidates).
    /// Both are retained by the key (`ObjectKey`), so their addresses are not reused while the entry lives. A link
    /// of the optional chain compiling (`Compiler.optionalChainSpine`) has its own entry: as a link, `a?.b` is `b`'s
    /// type (whichever chain it is a link of); alone, the chain's optional.
    struct Key: Hashable {
        let node: ObjectKey<Expr>
        let scope: ObjectKey<Scope>
        let isLink: Bool

        init(node: Expr, scope: Scope, isLink: Bool = false) {
            self.node = ObjectKey(node)
            self.scope = ObjectKey(scope)
            self.isLink = isLink
        }
    }

    var types: [Key: CType] = [:]
}
