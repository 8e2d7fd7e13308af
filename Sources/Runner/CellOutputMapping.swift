import CellLanguage
import Foundation
import NotebookFormat

/// Maps the interpreter's output events to the notebook's cell outputs, by MIME type.
enum CellOutputMapping {
    /// The notebook-level form of one interpreter output event.
    static func output(_ event: CellOutputEvent) -> CellOutput {
        switch event {
        case .text(let text):
            return .text(text)
        case .display(let mimeType, let content, let summary):
            switch mimeType {
            case "image/svg+xml": return .svg(content, summary: summary)
            case "text/markdown": return .markdown(content)
            case "application/vnd.nbrun.table+json":
                guard let table = try? JSONDecoder().decode(OutputTable.self, from: Data(content.utf8)) else {
                    return .text(content)
                }
                return .table(OutputTable(header: table.header, rows: table.rows))
            default: return .text(content)
            }
        case .truncated(let note):
            return .truncated(note)
        }
    }
}
