/// One piece of output of a cell, in the order produced.
public enum CellOutputEvent: Sendable, Hashable {
    /// What `print` wrote: the exact bytes, newlines included. Consecutive prints are merged into one event.
    case text(String)
    /// Rich output from bindings, e.g. an SVG plot; `summary` is a short plain-text description.
    case display(mimeType: String, content: String, summary: String)
}
