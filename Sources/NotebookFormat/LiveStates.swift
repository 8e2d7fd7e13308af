/// What a live page carries besides the run's own results: for groups of cells that depend on controls, their
/// results at every held combination of the controls' values, computed when the page was rendered.
///
/// The runner produces it (re-running only the cells that depend on the controls); the renderer lays it out.
public struct LiveStates: Hashable, Sendable, Codable {
    /// Cells recomputed together over the same controls.
    public struct Group: Hashable, Sendable, Codable {
        /// Which combinations of values a group holds.
        public enum Coverage: String, Hashable, Sendable, Codable {
            /// Every combination of the controls' values (their product).
            case all
            /// The run's values, and each control moved alone with the others at the run's values.
            case oneAtATime
        }

        /// The controls' names, in declaration order.
        public var controls: [String]
        /// For each control, the values the states use, as typed on a command line (`0.3`, `5`, `gpt`, `true`).
        public var values: [[String]]
        /// For each control, the index in `values` of the value the run itself used (the page's first state).
        public var baseIndexes: [Int]
        /// Which combinations are held.
        public var coverage: Coverage
        /// The cells recomputed, in notebook order.
        public var cells: [Int]
        /// `results[c][s]`: the result of `cells[c]` in state `s` (see `states`).
        public var results: [[CellResult]]
        /// The key of the cache entry the group was stored under or taken from; nil without a cache (not encoded).
        public var cacheKey: String?
        /// As stored, for a group read without its results.
        private var storedDiagnostics: Bool?
        private var storedMarkdown: Bool?

        /// Empties `results` (kept elsewhere), keeping what `showsDiagnostics` and `showsMarkdown` say.
        public mutating func dropResults() {
            storedDiagnostics = showsDiagnostics
            storedMarkdown = showsMarkdown
            results = []
        }

        /// Whether a state shows a diagnostic (its text names the notebook and the line).
        public var showsDiagnostics: Bool {
            storedDiagnostics ?? results.contains { $0.contains { !$0.diagnostics.isEmpty } }
        }

        /// Whether a state shows Markdown (drawn with the page's cross-references).
        public var showsMarkdown: Bool {
            storedMarkdown ?? results.contains { cell in
                cell.contains { $0.outputs.contains { if case .markdown = $0 { return true } else { return false } } }
            }
        }

        /// Creates a group.
        public init(controls: [String], values: [[String]], baseIndexes: [Int], coverage: Coverage, cells: [Int],
                    results: [[CellResult]]) {
            self.controls = controls
            self.values = values
            self.baseIndexes = baseIndexes
            self.coverage = coverage
            self.cells = cells
            self.results = results
        }

        private enum CodingKeys: String, CodingKey {
            case controls, values, baseIndexes, coverage, cells, distinct, picks, diagnostics, markdown
        }

        /// Decodes a group stored as each cell's distinct results and the one each state shows.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            controls = try container.decode([String].self, forKey: .controls)
            values = try container.decode([[String]].self, forKey: .values)
            baseIndexes = try container.decode([Int].self, forKey: .baseIndexes)
            coverage = try container.decode(Coverage.self, forKey: .coverage)
            cells = try container.decode([Int].self, forKey: .cells)
            let distinct = try container.decode([[CellResult]].self, forKey: .distinct)
            let picks = try container.decode([[Int]].self, forKey: .picks)
            guard distinct.count == picks.count, zip(distinct, picks).allSatisfy({ table, picks in
                picks.allSatisfy { table.indices.contains($0) }
            }) else {
                throw DecodingError.dataCorruptedError(forKey: .picks, in: container, debugDescription: "bad picks")
            }
            results = zip(distinct, picks).map { table, picks in picks.map { table[$0] } }
            if results.isEmpty {
                storedDiagnostics = try container.decodeIfPresent(Bool.self, forKey: .diagnostics)
                storedMarkdown = try container.decodeIfPresent(Bool.self, forKey: .markdown)
            }
        }

        /// Encodes each cell's distinct results once, and for each state which one it shows.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(controls, forKey: .controls)
            try container.encode(values, forKey: .values)
            try container.encode(baseIndexes, forKey: .baseIndexes)
            try container.encode(coverage, forKey: .coverage)
            try container.encode(cells, forKey: .cells)
            var distinct: [[CellResult]] = []
            var picks: [[Int]] = []
            for cellResults in results {
                var known: [CellResultKey: Int] = [:]
                var table: [CellResult] = []
                picks.append(cellResults.map { result in
                    let key = CellResultKey(result)
                    if let index = known[key] { return index }
                    known[key] = table.count
                    table.append(result)
                    return table.count - 1
                })
                distinct.append(table)
            }
            try container.encode(distinct, forKey: .distinct)
            try container.encode(picks, forKey: .picks)
            try container.encode(showsDiagnostics, forKey: .diagnostics)
            try container.encode(showsMarkdown, forKey: .markdown)
        }

        /// The states in order, each as one value index per control.
        ///
        /// `all`: mixed radix, the last control varying fastest. `oneAtATime`: the run's values first, then for
        /// each control in order its other values, the others at the run's values.
        public var states: [[Int]] {
            switch coverage {
            case .all:
                var states: [[Int]] = [[]]
                for count in values.map(\.count) {
                    states = states.flatMap { prefix in (0..<count).map { prefix + [$0] } }
                }
                return states
            case .oneAtATime:
                var states = [baseIndexes]
                for (control, options) in values.enumerated() {
                    for index in options.indices where index != baseIndexes[control] {
                        var state = baseIndexes
                        state[control] = index
                        states.append(state)
                    }
                }
                return states
            }
        }
    }

    /// Why a cell that depends on a control shows only the run's result.
    public enum Reason: Hashable, Sendable, Codable {
        /// The cell says `//| live: false`.
        case optedOut
        /// The cell took more than this many CPU seconds in the run (the budget's limit; without `//| live: true`).
        case slow(seconds: Double)
        /// It uses this cell's result, which is not recomputed.
        case usesStatic(cell: Int)
        /// It reads values that cells run between its controls and it change (they are never re-run per state).
        case readsBetween
        /// It did not run to the end in the run.
        case didNotRun
        /// The combinations of its controls' values, this many, are over the page's budget.
        case overBudget(combinations: Int)
        /// Its states could not be computed (no checkpoint, or too slow).
        case notComputed
        /// Recomputing it at the run's values did not give the run's result.
        case notReproducible
    }

    /// The groups, in the order of their first cell.
    public var groups: [Group]
    /// Cells that depend on a control but show only the run's result, with why.
    public var staticCells: [Int: Reason]
    /// Controls that do not move on the page (every cell that depends on them is static), with why.
    public var staticControls: [String: Reason]

    /// Creates live states.
    public init(groups: [Group] = [], staticCells: [Int: Reason] = [:], staticControls: [String: Reason] = [:]) {
        self.groups = groups
        self.staticCells = staticCells
        self.staticControls = staticControls
    }
}
