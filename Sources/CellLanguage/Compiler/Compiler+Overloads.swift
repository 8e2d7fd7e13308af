import Diagnostics

/// Overloads of a name: the generator takes the one the type checker chose (`CheckedTypes.overloads`: by labels, then
/// argument types, as swiftc chooses) and never chooses itself.
extension Compiler {
    /// The overload of `overloads` the call takes, with the parameter each argument passes: the only one, its labels
    /// matched (their mistake reported); else the checker's choice; else the only overload that takes the call's
    /// labels. With `orGenerics`, nil without a report when the checker chose the generic function of the same name
    /// (or no concrete overload takes the labels: the caller calls the generic one). Where several take the labels and
    /// the checker chose none, the generator cannot build the call (`cannotGenerate`).
    func selectOverload(_ overloads: [FunctionInfo], _ arguments: [Argument], at location: SourceLocation,
                        orGenerics: Bool = false) -> (FunctionInfo, [Int?])? {
        guard let first = overloads.first else { return nil }
        let withGenerics = orGenerics && generics(named: first.name)
        if overloads.count == 1 && !withGenerics {
            return matchArguments(shapes(first), arguments, at: location).map { (first, $0) }
        }
        let labelled = overloads.compactMap { info in
            matchArguments(shapes(info), arguments, at: location, report: false).map { (info, $0) }
        }
        let choice = checkedOverload(arguments, at: location)
        if withGenerics && (choice == .generic || labelled.isEmpty) { return nil }
        if let choice, let chosen = labelled.first(where: { choice.isChosen($0.0) }) { return chosen }
        // The labels leave one overload: its parameters take the arguments, no choice by their types.
        if labelled.count == 1 { return labelled[0] }
        cannotGenerate(at: location)
        return nil
    }

    /// Whether generic functions named `name` exist (a call that no concrete overload fits may be theirs).
    private func generics(named name: String) -> Bool {
        !(protocolState.genericFunctions[name] ?? []).isEmpty
    }

    /// Whether an error leaves the closure literal `expr`, as the checker found it; nil when it did not tell.
    func checkedClosureThrows(_ expr: Expr) -> Bool? {
        guard Compiler.readsCheckedTypes else { return nil }
        return typeTable.checked?.closureThrows(expr)
    }
}
