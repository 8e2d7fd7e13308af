import Diagnostics

/// A method call's receiver or a subscript's base compiled once (issue 12, "generate once"). The receiver's type
/// picks the member; when neither the checker nor a declaration tells that type, the receiver is compiled for the
/// code that runs, with its diagnostics set aside. The member path that takes its
/// receiver as a value (a native or standard-library method, a declared subscript, an array or dictionary
/// subscript) adopts that code; a path that compiles the receiver its own way (a place for a mutating method, a
/// stored closure read as a member) leaves it, and it is thrown away (a throw-away compilation).
final class CompiledReceiver {
    /// The receiver's code and type.
    let typed: Typed
    fileprivate let diagnostics: GeneratorDiagnostics
    fileprivate let nodes: Int
    fileprivate let site: String?
    fileprivate var settled = false

    fileprivate init(typed: Typed, diagnostics: GeneratorDiagnostics, nodes: Int, site: String?) {
        self.typed = typed
        self.diagnostics = diagnostics
        self.nodes = nodes
        self.site = site
    }
}

extension Compiler {
    /// The type of `base` (`knownType`: the checker's) and, when neither the checker nor a declaration tells it, its
    /// code compiled for the code that runs and set aside (see `CompiledReceiver`); the caller must `adoptReceiver`
    /// or `dropReceiver` it.
    func compileReceiverOnce(_ base: Expr, file: StaticString = #fileID, line: UInt = #line)
        -> (type: CType, compiled: CompiledReceiver?) {
        let site = compileCounts.noteTypeRequest(file: file, line: line)
        if let type = knownType(base, site: site) { return (type, nil) }
        // Inside an optional chain, the receiver's real compilation belongs to the chain's spine.
        guard optionalChainSpine.isEmpty else {
            compileCounts.noteUnansweredType(site: site)
            cannotGenerate(at: base.location)
            return (.error, nil)
        }
        compileCounts.noteCompiledType(site: site)
        let saved = diagnostics, nodesBefore = compileCounts.nodes
        let typed = compileExpr(base, expected: nil)
        let compiled = CompiledReceiver(typed: typed, diagnostics: diagnostics.log(from: saved.count),
                                        nodes: compileCounts.nodes - nodesBefore, site: site)
        diagnostics = saved
        return (typed.type, compiled)
    }

    /// The receiver's code for the code that runs, with its diagnostics; nil when it was settled (the caller
    /// compiles it).
    func adoptReceiver(_ compiled: CompiledReceiver?) -> Typed? {
        guard let compiled, !compiled.settled else { return nil }
        compiled.settled = true
        diagnostics += compiled.diagnostics
        return compiled.typed
    }

    /// Throws the receiver's code away (when no path adopted it): a throw-away compilation.
    func dropReceiver(_ compiled: CompiledReceiver?) {
        guard let compiled, !compiled.settled else { return }
        compiled.settled = true
        compileCounts.nodes -= compiled.nodes
        compileCounts.noteThrowAwayCompilation(site: compiled.site)
    }
}
