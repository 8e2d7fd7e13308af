/// What `nbrun convert` writes.
public enum ConvertFormat: String, CaseIterable, Sendable {
    /// A Jupyter notebook (nbformat 4.5) with the cells' outputs.
    case ipynb
    /// An nbrun lesson (Markdown), from a Jupyter notebook.
    case md
    /// The run's results for programs, in the schema of `docs/results.schema.json`.
    case json

    /// The format a path's extension names (`.ipynb`, `.md`, `.json`), if any.
    public init?(path: String) {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot > name.startIndex else { return nil }
        switch name[name.index(after: dot)...].lowercased() {
        case "ipynb": self = .ipynb
        case "md", "markdown", "qmd": self = .md
        case "json": self = .json
        default: return nil
        }
    }
}
