/// Catches the mistakes of someone who expects `nbrun` to read or write Jupyter notebooks directly: a `.ipynb`
/// given to render, or an output path that is not an HTML page. Both name `nbrun convert`.
public enum RenderPathCheck {
    /// The error message for rendering `input` to `output`, or `nil` when both are fine.
    public static func problem(input: String, output: String?) -> String? {
        if ConvertFormat(path: input) == .ipynb {
            return "'\(input)' is a Jupyter notebook, not an nbrun lesson; convert it first: " +
                "nbrun convert \(ControlPresentation.shellQuoted(input)) --to md"
        }
        // An output that is the input itself, or a device or FIFO, is refused by the page builder with its own message.
        guard let output, OutputTarget.refusal(for: output, input: input) == nil,
              let format = ConvertFormat(path: output) ?? otherExtension(output) else { return nil }
        let command = "nbrun convert \(ControlPresentation.shellQuoted(input)) --to \(format.rawValue) -o \(ControlPresentation.shellQuoted(output))"
        switch format {
        case .ipynb, .json: return "'\(output)' is not an HTML page; to write a \(format == .ipynb ? "Jupyter notebook" : "results file"), use: \(command)"
        case .md: return "'\(output)' is not an HTML page; nbrun render writes .html pages (-o page.html)"
        }
    }

    /// `.md` for any other extension that is not `.html`/`.htm`, so it is refused too.
    private static func otherExtension(_ path: String) -> ConvertFormat? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot > name.startIndex else { return nil }
        let ext = name[name.index(after: dot)...].lowercased()
        return ["html", "htm", "xhtml"].contains(ext) ? nil : .md
    }
}
