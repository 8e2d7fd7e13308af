import Diagnostics

/// The front-end pass that reports a cell's diagnostic (issue 12: each pass does its own job).
public enum DiagnosticPass: String, CaseIterable, Sendable {
    /// The parser (`ParseErrors`, `BracketNesting`).
    case parse
    /// Lowering the syntax tree to the AST (`Lowering`).
    case lowering
    /// The type checker (`TypeChecker`), ahead of generation (outside the oracles only).
    case checker
    /// The flow checks over the lowered AST (`Checks/`: definite initialization, exclusive access).
    case checks
    /// The generator (`Compiler`), its own diagnostics (`GeneratorDiagnostics.reported`).
    case generator
    /// The notebook: uses of names that earlier cells failed to declare (`FailedCells`), the cell's limits.
    case notebook

    /// The pass's place in `allCases`.
    var position: Int {
        switch self {
        case .parse: 0
        case .lowering: 1
        case .checker: 2
        case .checks: 3
        case .generator: 4
        case .notebook: 5
        }
    }
}

/// A cell's diagnostics as each pass reported them, before they are merged into `CompiledCell.diagnostics`.
struct DiagnosticsByPass {
    /// One list per pass, in `DiagnosticPass.allCases` order (an array, not a dictionary: a dictionary keyed by a
    /// type of ours costs a scan of the runtime's conformance records the first time, in every compile's process).
    private var lists: [[Diagnostic]] = Array(repeating: [], count: DiagnosticPass.allCases.count)

    /// Adds `diagnostics` reported by `pass`.
    mutating func add(_ diagnostics: [Diagnostic], by pass: DiagnosticPass) {
        lists[pass.position] += diagnostics
    }

    /// What `pass` reported, in order.
    subscript(pass: DiagnosticPass) -> [Diagnostic] {
        lists[pass.position]
    }

    /// Every pass's diagnostics, in the passes' order.
    var all: [Diagnostic] {
        DiagnosticPass.allCases.flatMap { self[$0] }
    }

    /// Keeps only the diagnostics `isKept` accepts.
    func filter(_ isKept: (Diagnostic) -> Bool) -> DiagnosticsByPass {
        var kept = DiagnosticsByPass()
        kept.lists = lists.map { $0.filter(isKept) }
        return kept
    }

    /// Keeps only the diagnostics of `shown` (what the cell finally shows), each once, with the first pass that
    /// reported it.
    func keeping(_ shown: [Diagnostic]) -> DiagnosticsByPass {
        var kept = DiagnosticsByPass()
        guard !shown.isEmpty else { return kept }
        var remaining = Set(shown)
        kept.lists = lists.map { list in list.filter { remaining.remove($0) != nil } }
        return kept
    }
}
