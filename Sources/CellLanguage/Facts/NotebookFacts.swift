/// What the facts analysis remembers across the cells of one notebook: the top-level names declared so far, what
/// using each may read or write (`GlobalEffects`), and which globals may share objects.
final class NotebookFacts {
    private var latent: [String: GlobalEffects] = [:]
    /// The types extensions gave a member of each name (see `FactsAnalyzer.extensionMembers`).
    private var extensionMembers: [String: Set<String>] = [:]
    /// Union-find over globals that may share an object: writing one may change the others.
    private var sharingParent: [String: String] = [:]

    /// Analyzes one cell's statements against everything declared by the cells before it, then remembers its
    /// declarations for the cells after it.
    func analyze(_ statements: [Stmt], resolution: Resolution, mayHoldReferences: @escaping (String) -> Bool,
                 mayCarryCode: @escaping (String) -> Bool) -> CellFacts {
        var analyzer = FactsAnalyzer(resolution: resolution, latent: latent, extensionMembers: extensionMembers,
                                     mayHoldReferences: mayHoldReferences, mayCarryCode: mayCarryCode)
        analyzer.declareBodies(statements)
        analyzer.topLevelStatements(statements)
        latent = analyzer.latent
        extensionMembers = analyzer.extensionMembers
        for (target, sources) in analyzer.assignments where mayHoldReferences(target) {
            for source in sources where source != target && mayHoldReferences(source) { union(target, source) }
        }
        return analyzer.facts(expand: sharing)
    }

    /// What using the global `name` may read or write beyond its own value (its body, members or closures); nil
    /// when nothing is known of it.
    func effects(of name: String) -> GlobalEffects? { latent[name] }

    /// Every global that may share an object with one of `names`, the names included.
    private func sharing(_ names: Set<String>) -> Set<String> {
        let roots = Set(names.map(find))
        guard !sharingParent.isEmpty else { return names }
        var result = names
        for name in sharingParent.keys where roots.contains(find(name)) { result.insert(name) }
        return result
    }

    private func find(_ name: String) -> String {
        var current = name
        while let parent = sharingParent[current], parent != current { current = parent }
        return current
    }

    private func union(_ a: String, _ b: String) {
        let (rootA, rootB) = (find(a), find(b))
        guard rootA != rootB else { return }
        sharingParent[rootA] = rootB
        if sharingParent[rootB] == nil { sharingParent[rootB] = rootB }
    }
}
