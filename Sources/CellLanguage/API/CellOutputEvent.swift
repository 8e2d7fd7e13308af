/// One piece of output of a cell, in the order produced.
public enum CellOutputEvent: Sendable, Hashable {
    /// What `print` wrote: the exact bytes, newlines included. Consecutive prints are merged into one event.
    case text(String)
    /// Rich output from bindings, e.g. an SVG plot; `summary` is a short plain-text description.
    case display(mimeType: String, content: String, summary: String)
    /// The cell printed more than the output limits allow: the text past the limit was dropped. Always the last
    /// event; the message says which limit and how much was printed in all, e.g.
    /// `output truncated after 10000 lines (12345678 lines printed in all)`.
    case truncated(String)
}
