import Diagnostics

/// A parsed notebook: front matter, prose blocks and cells, each with its place in the file.
public struct Notebook: Hashable, Sendable {
    /// The path the notebook was read from, as the user named it (used in diagnostics).
    public var path: String
    /// The notebook's full text, as read (after line-ending normalisation).
    public var source: String
    /// The YAML header.
    public var frontMatter: FrontMatter
    /// The notebook's blocks in document order; cells appear as `.cell`.
    public var blocks: [Block]
    /// The footnote definitions, in the order they are written.
    public var footnotes: [Footnote]
    /// Warnings found while parsing (errors are thrown instead).
    public var warnings: [Diagnostic]

    /// Creates a notebook value.
    public init(path: String, source: String, frontMatter: FrontMatter, blocks: [Block], footnotes: [Footnote] = [],
                warnings: [Diagnostic] = []) {
        self.path = path
        self.source = source
        self.frontMatter = frontMatter
        self.blocks = blocks
        self.footnotes = footnotes
        self.warnings = warnings
    }

    /// The Swift cells, in order.
    public var cells: [Cell] {
        var result: [Cell] = []
        func collect(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .cell(let cell): result.append(cell)
                case .blockQuote(let inner, _): collect(inner)
                case .list(_, let items, _): items.forEach(collect)
                case .callout(let callout): collect(callout.blocks)
                default: break
                }
            }
        }
        collect(blocks)
        return result
    }

    /// The notebook's numbered figures, tables and equations, by label.
    public var crossReferences: CrossReferences { CrossReferences(blocks) }

    /// The page title: the front matter's, else the first level-1 heading's text, else the file name.
    public var title: String {
        if let title = frontMatter.title, !title.isEmpty { return title }
        for case .heading(1, let content, _) in blocks { return content.plainText }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.hasSuffix(".md") ? String(name.dropLast(3)) : name
    }
}
