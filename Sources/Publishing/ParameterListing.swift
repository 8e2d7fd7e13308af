import Diagnostics
import NotebookFormat
import Parameters

/// `nbrun params FILE`: the notebook's controls as a table, found without running any cell.
public enum ParameterListing {
    /// The table text (or a note when there are none), with the outcome and any diagnostics.
    public static func list(_ input: String) -> (table: String, outcome: BuildOutcome, diagnosticsText: String) {
        let notebook: Notebook
        do {
            notebook = try NotebookParser.read(contentsOf: input)
        } catch {
            return ("", .badInput, PageBuilder.formatter(path: input).format(error.diagnostics))
        }
        let (controls, errors) = ControlScanner.scan(notebook)
        let formatter = DiagnosticFormatter(path: notebook.path, source: notebook.source)
        guard errors.isEmpty else { return ("", .badInput, formatter.format(errors)) }
        guard !controls.isEmpty else { return ("\(input) declares no parameters.\n", .success, "") }
        let header = ["NAME", "TYPE", "DEFAULT", "DOMAIN", "STEP", "LABEL", "LINE"]
        let rows = controls.map {
            [$0.name, $0.typeName, $0.defaultValue.description, $0.domainDescription, $0.stepDescription,
             $0.label ?? "", String($0.location.line)]
        }
        return (table([header] + rows), .success, "")
    }

    /// Left-aligned columns separated by two spaces.
    static func table(_ rows: [[String]]) -> String {
        let widths = (0..<rows[0].count).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[column] - cell.count)
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }
}
