import CellLanguage
import NotebookFormat
import Runner

/// `nbrun debug facts FILE`: what each cell reads and writes, and which controls reach it, without running it.
public enum FactsListing {
    /// One block per cell: its line, label, declared/read/written names, controls, flags and the cells it reads from.
    public static func list(_ input: String) -> (text: String, outcome: BuildOutcome, diagnosticsText: String) {
        let notebook: Notebook
        do {
            notebook = try NotebookParser.read(contentsOf: input)
        } catch {
            return ("", .badInput, PageBuilder.formatter(path: input).format(error.diagnostics))
        }
        let facts = NotebookRunner.facts(of: notebook)
        let graph = CellDependencies(facts: facts)
        let reached = graph.controlsReached()
        var text = ""
        for (index, cell) in notebook.cells.enumerated() {
            text += "cell \(index + 1) (line \(cell.firstLine), \(cell.options.label ?? "cell-\(index + 1)"))"
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
        return (text, .success, "")
    }
}
