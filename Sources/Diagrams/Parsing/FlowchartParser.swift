/// Parses the mermaid flowchart syntax (`flowchart`/`graph`) into a ``Flowchart``.
///
/// Subgraph membership follows mermaid: a node belongs to the innermost subgraph that mentions it;
/// when sibling subgraphs both mention it, the one that ends first wins.
struct FlowchartParser {
    /// Mermaid diagram keywords that are not flowcharts (reported as unsupported, not as typos).
    static let otherDiagramTypes: Set<String> = [
        "sequenceDiagram", "classDiagram", "classDiagram-v2", "stateDiagram", "stateDiagram-v2", "erDiagram",
        "gantt", "pie", "journey", "gitGraph", "mindmap", "timeline", "quadrantChart", "requirementDiagram",
        "C4Context", "C4Container", "C4Component", "C4Dynamic", "C4Deployment", "sankey-beta", "xychart-beta",
        "block-beta", "packet-beta", "architecture-beta", "kanban", "radar-beta", "treemap-beta", "zenuml", "info",
    ]

    /// Longer links (`------>`) are cut to this many ranks.
    static let maximumLinkLength = 10
    /// The most links one diagram may have once `&` groups are expanded (mermaid.js's own default `maxEdges`).
    static let maximumLinks = 500
    /// The most nodes one diagram may have.
    static let maximumNodes = 500

    struct OpenSubgraph {
        var subgraph: FlowSubgraph
        var mentions: [FlowSubgraph.Member] = []
        var openingOrder: Int
    }

    struct ClassUse {
        var targets: [String]
        var className: String
        var line: Int
        var column: Int
    }

    struct StyleUse {
        var target: String
        var style: StyleDeclaration
        var line: Int
        var column: Int
    }

    struct LinkStyleUse {
        /// nil for `linkStyle default`.
        var indices: [Int]?
        var style: StyleDeclaration
        var line: Int
        var column: Int
    }

    var cursor: SourceCursor
    var chart = Flowchart()
    var nodeIndex: [String: Int] = [:]
    var open: [OpenSubgraph] = []
    var rootMentions: [FlowSubgraph.Member] = []
    var closed: [OpenSubgraph] = []
    var openedCount = 0
    var generatedSubgraphCount = 0
    var classUses: [ClassUse] = []
    var styleUses: [StyleUse] = []
    var linkStyleUses: [LinkStyleUse] = []

    private init(source: String) { cursor = SourceCursor(source) }

    /// Parses a whole mermaid flowchart, or throws the first error with its line.
    static func parse(_ source: String) throws(MermaidError) -> Flowchart {
        var parser = FlowchartParser(source: source)
        try parser.parseDocument()
        return try parser.finish()
    }

    // MARK: - Document

    mutating func parseDocument() throws(MermaidError) {
        try parseFrontMatter()
        try parseHeader()
        while true {
            skipSeparators()
            if cursor.isAtEnd { break }
            if cursor.starts(with: "%%") {
                cursor.skipToEndOfLine()
                continue
            }
            let line = cursor.line
            try parseStatement()
            if chart.nodes.count > Self.maximumNodes { try checkBudget(adding: 0, line: line, column: 1) }
        }
        if let unclosed = open.last {
            throw MermaidError(
                line: unclosed.subgraph.line,
                message: "subgraph '\(unclosed.subgraph.id)' is never closed with 'end'")
        }
    }

    /// Skips an optional `---` YAML block at the top, keeping its `title:`.
    mutating func parseFrontMatter() throws(MermaidError) {
        skipBlankLines()
        guard cursor.starts(with: "---"), peekRestOfLine().trimmingWhitespace() == "---" else { return }
        let startLine = cursor.line
        cursor.skipToEndOfLine()
        while true {
            guard !cursor.isAtEnd else {
                throw MermaidError(line: startLine, message: "front matter starting with '---' is never closed")
            }
            cursor.advance()
            let line = peekRestOfLine()
            if line.trimmingWhitespace() == "---" {
                cursor.skipToEndOfLine()
                return
            }
            let trimmed = line.trimmingWhitespace()
            if trimmed.hasPrefix("title:") {
                var title = String(trimmed.dropFirst("title:".count)).trimmingWhitespace()
                if title.count >= 2, let first = title.first, first == "\"" || first == "'", title.last == first {
                    title = String(title.dropFirst().dropLast())
                }
                chart.title = title
            }
            cursor.skipToEndOfLine()
        }
    }

    mutating func parseHeader() throws(MermaidError) {
        while true {
            skipBlankLines()
            cursor.skipInlineSpace()
            if cursor.starts(with: "%%") {
                cursor.skipToEndOfLine()
                continue
            }
            break
        }
        guard !cursor.isAtEnd else {
            throw cursor.error("empty mermaid diagram: expected 'flowchart' or 'graph'")
        }
        let line = cursor.line
        let column = cursor.column
        var keyword = ""
        while let character = cursor.peek(), !character.isWhitespace, character != ";" {
            keyword.append(character)
            cursor.advance()
        }
        guard keyword == "flowchart" || keyword == "graph" || keyword == "flowchart-elk" else {
            if Self.otherDiagramTypes.contains(keyword) {
                throw MermaidError(
                    line: line, column: column,
                    message: "unsupported mermaid diagram type '\(keyword)' (only 'flowchart' and 'graph' are drawn)")
            }
            throw MermaidError(
                line: line, column: column,
                message: "expected 'flowchart' or 'graph' at the start of the diagram, found '\(keyword)'")
        }
        cursor.skipInlineSpace()
        if !cursor.isAtStatementEnd {
            let directionColumn = cursor.column
            var word = ""
            while let character = cursor.peek(), !character.isWhitespace, character != ";" {
                word.append(character)
                cursor.advance()
            }
            guard let direction = FlowDirection(mermaid: word) else {
                throw MermaidError(
                    line: line, column: directionColumn,
                    message: "unknown direction '\(word)'; expected TD, TB, BT, LR or RL")
            }
            chart.direction = direction
            cursor.skipInlineSpace()
            guard cursor.isAtStatementEnd else {
                throw cursor.error("unexpected text after the diagram direction")
            }
        }
    }
}
