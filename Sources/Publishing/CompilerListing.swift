import CellLanguage
import Diagnostics
import NotebookFormat
import Runner

/// `nbrun debug facts|ast|types|counts|resolve FILE`: what the cell-language compiler knows about each cell, without running any.
public enum CompilerListing {
    /// What to show.
    public enum View: String, CaseIterable, Sendable {
        /// The names each cell declares, reads and writes, the controls that reach it, the cells it depends on.
        case facts
        /// Each cell's lowered syntax tree, with positions.
        case ast
        /// The syntax tree with the static type of every expression.
        case types
        /// How many expression nodes compiled and the type requests and what answered them, by calling site.
        case counts
        /// What every name of each cell refers to, and what each closure and function captures.
        case resolve
        /// The type checker's coverage of the nodes the generator typed, and any disagreement.
        case check
    }

    /// The listing text, with the outcome and any diagnostics (compile errors are listed, not fatal).
    public static func list(_ input: String, view: View) -> (text: String, outcome: BuildOutcome, diagnosticsText: String) {
        let notebook: Notebook
        do {
            notebook = try NotebookParser.read(contentsOf: input)
        } catch {
            return ("", .badInput, PageBuilder.formatter(path: input).format(error.diagnostics))
        }
        switch view {
        case .facts:
            return (facts(notebook), .success, "")
        case .counts:
            return (NotebookRunner.compileCounts(of: notebook).listing, .success, "")
        case .resolve:
            return resolutions(notebook)
        case .check:
            return checks(notebook)
        case .ast, .types:
            let formatter = DiagnosticFormatter(path: notebook.path, source: notebook.source)
            let inspected = NotebookRunner.inspect(notebook, withTypes: view == .types)
            var text = ""
            var problems: [Diagnostic] = []
            for (index, cell) in notebook.cells.enumerated() {
                text += heading(index, cell)
                guard let (tree, diagnostics) = inspected[index] else {
                    text += ": not evaluated\n"
                    continue
                }
                text += "\n" + tree.split(separator: "\n", omittingEmptySubsequences: false)
                    .map { $0.isEmpty ? "" : "  " + $0 }.joined(separator: "\n")
                problems += diagnostics
            }
            return (text, problems.contains { $0.severity == .error } ? .cellFailure : .success, formatter.format(problems))
        }
    }

    private static func resolutions(_ notebook: Notebook) -> (text: String, outcome: BuildOutcome, diagnosticsText: String) {
        let formatter = DiagnosticFormatter(path: notebook.path, source: notebook.source)
        var text = ""
        var problems: [Diagnostic] = []
        var total = ResolutionAgreement()
        for (index, compiled) in NotebookRunner.compileComparingResolution(notebook).enumerated() {
            text += heading(index, notebook.cells[index])
            guard let (cell, agreement) = compiled, let resolution = cell.resolution else {
                text += ": not evaluated\n"
                continue
            }
            text += "\n" + resolution.listing().split(separator: "\n").map { "  " + $0 + "\n" }.joined()
            problems += cell.diagnostics
            total.add(agreement)
        }
        text += "compiler lookups agreeing with the resolution: \(total.agreed) of \(total.agreed + total.disagreements.count)"
            + " (\(total.unmatched) of names the compiler synthesized)\n"
        text += total.disagreements.map { "  disagrees: " + $0 + "\n" }.joined()
        return (text, problems.contains { $0.severity == .error } ? .cellFailure : .success, formatter.format(problems))
    }

    private static func checks(_ notebook: Notebook) -> (text: String, outcome: BuildOutcome, diagnosticsText: String) {
        var text = "", total = TypeCheckAgreement(), diagnostics = DiagnosticAgreement()
        for (index, compiled) in NotebookRunner.compileComparingTypes(notebook).enumerated() {
            guard let (_, agreement, diagnosed) = compiled else { continue }
            text += heading(index, notebook.cells[index]) + ": \(agreement.agreed) of \(agreement.recorded) nodes checked, "
                + "\(diagnosed.frontEndErrors) errors reported by the front end\n"
            text += agreement.disagreements.map { "  disagrees: " + $0 + "\n" }.joined()
            text += agreement.missed.map { "  missed: " + $0 + "\n" }.joined()
            text += diagnosed.generatorChecks.map { "  generator's own check: " + $0 + "\n" }.joined()
            text += diagnosed.internalErrors.map { "  internal error: " + $0 + "\n" }.joined()
            total.add(agreement)
            diagnostics.add(diagnosed)
        }
        text += "checked nodes: \(total.agreed)\nrecorded nodes: \(total.recorded)\n"
        text += "disagreements: \(total.disagreements.count)\nchecked, never compiled: \(total.checkedOnly)\n"
        text += "checked, refused by the generator: \(total.refused)\ncallees chosen alike: \(total.calleesAgreed)\n"
        text += "overloads chosen by argument types: \(total.overloadsChosen)\n"
        text += "checker diagnostics: \(diagnostics.checked)\n"
        text += "generator's own checks: \(diagnostics.generatorChecks.count)\ninternal errors: \(diagnostics.internalErrors.count)\n"
        text += "checker errors the generator re-checked: \(diagnostics.recheckedByGenerator)\n"
        text += "errors by pass: \(diagnostics.errorsByPassDescription)\n"
        return (text, .success, "")
    }

    private static func heading(_ index: Int, _ cell: Cell) -> String {
        "cell \(index + 1) (line \(cell.firstLine), \(cell.options.label ?? "cell-\(index + 1)"))"
    }

    private static func facts(_ notebook: Notebook) -> String {
        let facts = NotebookRunner.facts(of: notebook)
        let graph = CellDependencies(facts: facts)
        let reached = graph.controlsReached()
        var text = ""
        for (index, cell) in notebook.cells.enumerated() {
            text += heading(index, cell)
            guard let cellFacts = facts[index] else {
                text += ": not evaluated\n"
                continue
            }
            text += "\n"
            let rows: [(String, Set<String>)] = [("declares", cellFacts.declares), ("reads", cellFacts.reads),
                                                 ("writes", cellFacts.writes), ("controls", cellFacts.controls),
                                                 ("reached by controls", reached[index])]
            for (title, names) in rows where !names.isEmpty {
                text += "  \(title): \(names.sorted().joined(separator: ", "))\n"
            }
            let flags = [("draws", cellFacts.draws), ("reads courseText()", cellFacts.readsCourseText),
                         ("uses randomness", cellFacts.usesRandomness)].filter(\.1).map(\.0)
            if !flags.isEmpty { text += "  flags: \(flags.joined(separator: ", "))\n" }
            let sources = graph.directDependencies(of: index)
            if !sources.isEmpty { text += "  depends on cells: \(sources.map { String($0 + 1) }.joined(separator: ", "))\n" }
        }
        return text
    }
}
