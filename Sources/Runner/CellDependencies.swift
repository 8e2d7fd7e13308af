import CellLanguage

/// Which cells depend on which, from their facts: cell j depends on cell i when j reads a top-level name whose last
/// writer before j is i.
///
/// A cell that mutates a name (`xs.append(1)`, `model.train()`) also reads it, so it depends on the writer before
/// it, and the chain of writers is followed. Facts over-approximate, so a dependency may be spurious, never missing.
public struct CellDependencies: Sendable {
    /// The facts, by cell index; nil for a cell that is not evaluated.
    public let facts: [CellFacts?]
    private let parents: [[Int]]
    private let children: [[Int]]

    /// Builds the graph for cells in notebook order.
    public init(facts: [CellFacts?]) {
        self.facts = facts
        var lastWriter: [String: Int] = [:]
        var parents = [[Int]](repeating: [], count: facts.count)
        var children = [[Int]](repeating: [], count: facts.count)
        for (index, cellFacts) in facts.enumerated() {
            guard let cellFacts else { continue }
            let sources = Set(cellFacts.reads.compactMap { lastWriter[$0] })
            parents[index] = sources.sorted()
            for source in sources { children[source].append(index) }
            for name in cellFacts.writes { lastWriter[name] = index }
        }
        self.parents = parents
        self.children = children
    }

    /// The earlier cells cell `index` reads from directly (the last earlier writer of each name it reads). Sorted.
    public func directDependencies(of index: Int) -> [Int] {
        parents[index]
    }

    /// The cells whose result may change when the cells in `changed` change: `changed` itself plus every cell that
    /// reads, directly or transitively, a name one of them writes. Sorted.
    ///
    /// When an edit changes what a cell declares or writes, compute this on both the old and the new notebook's
    /// facts and take the union.
    public func affected(by changed: Set<Int>) -> [Int] {
        var reached = changed.filter { facts.indices.contains($0) }
        var queue = Array(reached)
        while let index = queue.popLast() {
            for child in children[index] where reached.insert(child).inserted { queue.append(child) }
        }
        return reached.sorted()
    }

    /// The cells whose result may depend on the named controls: those that call one, and every cell that reads,
    /// directly or transitively, what such a cell wrote. Sorted.
    public func cells(dependingOn controls: Set<String>) -> [Int] {
        let callers = facts.indices.filter { index in
            guard let cellFacts = facts[index] else { return false }
            return !cellFacts.controls.isDisjoint(with: controls)
        }
        return affected(by: Set(callers))
    }

    /// The controls each cell depends on (those it calls, and those of every cell it reads from, transitively).
    public func controlsReached() -> [Set<String>] {
        var result = [Set<String>](repeating: [], count: facts.count)
        for index in facts.indices {
            var controls = facts[index]?.controls ?? []
            for parent in parents[index] { controls.formUnion(result[parent]) }
            result[index] = controls
        }
        return result
    }
}
