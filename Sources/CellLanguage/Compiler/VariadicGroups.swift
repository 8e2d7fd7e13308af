/// The arguments of calls of a function with a variadic parameter, grouped into the array the parameter receives
/// (`Compiler.groupVariadicArguments`), made once per call and kept for the whole notebook: the type checker and the
/// generator (which may compile a call several times) then see the same array node, as `ResultBuilderBodies` keeps
/// the transformed builder bodies.
struct VariadicGroups {
    /// A call's grouped arguments, by its callee node, with the function they were grouped for.
    var calls = IdentityTable<Expr, (info: FunctionInfo, arguments: [Argument])>()
}

extension Compiler {
    /// The arguments of the call whose callee is `callee`, grouped for `info`'s variadic parameter (made the first time
    /// for that callee and function, then kept).
    func variadicArguments(_ callee: Expr, _ info: FunctionInfo, _ arguments: [Argument]) -> [Argument] {
        if let kept = declarations.variadicGroups.calls[callee], kept.info === info { return kept.arguments }
        let grouped = Compiler.groupVariadicArguments(info, arguments)
        declarations.variadicGroups.calls[callee] = (info, grouped)
        return grouped
    }
}
