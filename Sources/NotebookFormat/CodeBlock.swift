import Diagnostics

/// A code block shown on the page but not run: another language, or an indented block.
public struct CodeBlock: Hashable, Sendable {
    /// The first word of the info string (`python`, `mermaid`), or `nil` for none.
    public var language: String?
    /// The code, ending with a newline as cmark gives it.
    public var code: String
    /// The block's lines in the notebook, fences included.
    public var range: SourceRange

    /// Creates a code block.
    public init(language: String?, code: String, range: SourceRange) {
        self.language = language
        self.code = code
        self.range = range
    }
}
