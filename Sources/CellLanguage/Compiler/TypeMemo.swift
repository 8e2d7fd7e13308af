/// The static types already found for expression nodes of the cell being compiled, by node and scope, so that a
/// node is typed once however many times the compiler asks (`Compiler.compileExprTypeOnly`).
struct TypeMemo {
    /// A node in a scope (the same node may type differently in another scope, e.g. a closure body compiled for
    /// two overload candidates).
    /// Both are retained by the key (`ObjectKey`), so their addresses are not reused while the entry lives.
    struct Key: Hashable {
        let node: ObjectKey<Expr>
        let scope: ObjectKey<Scope>

        init(node: Expr, scope: Scope) {
            self.node = ObjectKey(node)
            self.scope = ObjectKey(scope)
        }
    }

    var types: [Key: CType] = [:]
}
