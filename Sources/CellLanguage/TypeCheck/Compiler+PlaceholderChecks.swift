/// The generator checks each generic body once with placeholders for its type parameters (generic functions, generic
/// members, extensions of protocols with associated types and `extension Array`: code that never runs, made to refuse
/// a body valid for some types only). The placeholders are made then, in pass 2, after the type checker ran: so the
/// checker checks such a body when the generator is about to check it, under the generator's own placeholders, and
/// records its types under those bindings (`CheckedTypes.recordSpecialized`). The generator's type requests in the
/// check then read them (`checkedTypeWithoutContext`, by `recordedSpecialization`'s bindings) instead of compiling an
/// expression to learn its type; the oracle compares them with the types the check compiled to (disagreements only:
/// code that never runs counts in no coverage).
extension Compiler {
    /// Checks, with the checker that typed the cell, what `check` checks of a generic body under the generator's
    /// placeholders, adding the types found to the cell's (nothing when the checker did not run).
    func typeCheckPlaceholderBody(_ check: (TypeChecker) -> Void) {
        guard Compiler.readsCheckedTypes, let checker = typeTable.checker, var table = typeTable.checked else { return }
        typeTable.checked = nil
        checker.extending(&table, placeholders: true) { check(checker) }
        typeTable.checked = table
    }
}

extension Compiler {
    /// Has the checker check the members of the specialization of `template` under `bindings` that the generator makes
    /// after the checker ran, before their bodies compile (`FlippedShape<T>` built in `flip<T>`'s check with
    /// placeholders, `Neuron<A>` named by `describe<A>`'s signature): their type requests then read the checker's
    /// types, as those of the specializations the cell names do. Nothing before the checker ran (it checks those).
    func typeCheckLateSpecialization(_ template: TypeDecl, _ bindings: [String: CType]) {
        guard typeTable.specializedBodiesAwaitingChecker == nil, typeTable.checker != nil else { return }
        typeCheckPlaceholderBody { $0.specializedTypeUse(template, bindings) }
    }
}

extension Compiler {
    /// Makes the specializations the signature of the generic function `decl` names under its placeholders `bindings`
    /// (`Neuron<A>` for `describe<A>(_ neuron: Neuron<A>)`) before the checker checks its body under them, so that
    /// the checker knows their members (and checks their bodies, `typeCheckLateSpecialization`). What resolving
    /// them reports is dropped: the function's declaration under the placeholders reports it.
    func makeSignatureSpecializations(_ decl: FunctionDecl, _ bindings: [String: CType]) {
        guard Compiler.readsCheckedTypes, typeTable.checker != nil, !protocolState.genericTypes.isEmpty else { return }
        let saved = diagnostics
        atTopLevel(with: bindings) {
            for parameter in decl.parameters { _ = resolveType(parameter.type) }
        }
        diagnostics = saved
    }
}
