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
}

/// A cell's diagnostics as each pass reported them, before they are merged into `CompiledCell.diagnostics`.
struct DiagnosticsByPass {
    private(set) var lists: [DiagnosticPass: [Diagnostic]] = [:]

    /// Adds `diagnostics` reported by `pass`.
    mutating func add(_ diagnostics: [Diagnostic], by pass: DiagnosticPass) {
        lists[pass, default: []] += diagnostics
    }

    /// What `pass` reported, in order.
    subscript(pass: DiagnosticPass) -> [Diagnostic] {
        lists[pass] ?? []
    }

    /// Every pass's diagnostics, in the passes' order.
    var all: [Diagnostic] {
        DiagnosticPass.allCases.flatMap { self[$0] }
    }

    /// Keeps only the diagnostics `isKept` accepts.
    func filter(_ isKept: (Diagnostic) -> Bool) -> DiagnosticsByPass {
        var kept = DiagnosticsByPass()
        for (pass, list) in lists { kept.lists[pass] = list.filter(isKept) }
        return kept
    }

    /// Keeps only the diagnostics of `shown` (what the cell finally shows), each once, with the first pass that
    /// reported it.
    func keeping(_ shown: [Diagnostic]) -> DiagnosticsByPass {
        var kept = DiagnosticsByPass(), remaining = Set(shown)
        for pass in DiagnosticPass.allCases {
            kept.lists[pass] = self[pass].filter { remaining.remove($0) != nil }
        }
        return kept
    }
}
