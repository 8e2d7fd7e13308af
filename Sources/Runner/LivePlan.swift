import CellLanguage
import NotebookFormat
import Parameters

/// Cells a live page recomputes together from one checkpoint: the checkpoint is taken just before `start` runs, and
/// each state re-runs `cells` (and nothing else) from it.
struct LiveSegment: Hashable {
    /// The first cell; the checkpoint is the interpreter just before it runs.
    var start: Int
    /// The cells re-run per state, in notebook order (`start` first).
    var cells: [Int]
    /// The controls each cell depends on (directly or through the names it reads), by cell index.
    var controlsOf: [Int: Set<String>]
    /// Whether the cells can re-run state after state in one process: every name they change is one they declare,
    /// and no cell reads a name a later cell of the segment declares. Otherwise each state gets its own fork.
    var inPlace: Bool
}

/// Which cells depending on controls are recomputed per state, in segments, and which are not (with why); found
/// from the cells' read/write facts before anything runs.
///
/// A cell that depends on a control starts a segment when it reads nothing another dependent cell wrote; it joins
/// the segment of the dependent cells it reads when every other cell it reads from ran before that segment's
/// checkpoint (the cells skipped between checkpoint and cell must not feed it). Anything else stays at the run's
/// values, and so do the cells that read it.
struct LivePlan {
    var segments: [LiveSegment]
    /// Dependent cells that are not recomputed, with the reason in words.
    var staticCells: [Int: LiveStates.Reason]
    /// The controls each dependent cell depends on.
    var controlsOf: [Int: Set<String>]
    /// The cells' dependency graph.
    var dependencies: CellDependencies

    init(cells: [Cell], facts: [CellFacts?], controls: [Control]) {
        let dependencies = CellDependencies(facts: facts)
        var controlsOf: [Int: Set<String>] = [:]
        for control in controls {
            for index in dependencies.cells(dependingOn: [control.name]) { controlsOf[index, default: []].insert(control.name) }
        }
        var segments: [LiveSegment] = []
        var segmentOf: [Int: Int] = [:]
        var staticCells: [Int: LiveStates.Reason] = [:]
        for index in controlsOf.keys.sorted() where index < cells.count && facts[index] != nil {
            if cells[index].options.live == false {
                staticCells[index] = .optedOut
                continue
            }
            let direct = dependencies.directDependencies(of: index)
            let dependentDirect = direct.filter { controlsOf[$0] != nil }
            if let frozen = dependentDirect.first(where: { staticCells[$0] != nil }) {
                staticCells[index] = .usesStatic(cell: frozen)
                continue
            }
            let owners = Set(dependentDirect.compactMap { segmentOf[$0] })
            if owners.isEmpty {
                segmentOf[index] = segments.count
                segments.append(LiveSegment(start: index, cells: [index], controlsOf: [index: controlsOf[index] ?? []],
                                            inPlace: true))
            } else if owners.count == 1, let owner = owners.first,
                      direct.allSatisfy({ $0 < segments[owner].start || segments[owner].cells.contains($0) }) {
                segmentOf[index] = owner
                segments[owner].cells.append(index)
                segments[owner].controlsOf[index] = controlsOf[index] ?? []
            } else {
                staticCells[index] = .readsBetween
            }
        }
        for position in segments.indices {
            segments[position].inPlace = Self.canRunInPlace(segments[position].cells, facts: facts)
        }
        self.segments = segments
        self.staticCells = staticCells
        self.controlsOf = controlsOf
        self.dependencies = dependencies
    }

    /// Whether re-running `cells` again and again in one interpreter gives each state what a fresh run gives.
    static func canRunInPlace(_ cells: [Int], facts: [CellFacts?]) -> Bool {
        let declaredBy = cells.map { facts[$0]?.declares ?? [] }
        var declared: Set<String> = []
        for (position, index) in cells.enumerated() {
            guard let cellFacts = facts[index] else { return false }
            declared.formUnion(cellFacts.declares)
            guard cellFacts.writes.isSubset(of: declared) else { return false }
            for later in declaredBy[(position + 1)...] where !later.isDisjoint(with: cellFacts.reads) { return false }
        }
        return true
    }
}
