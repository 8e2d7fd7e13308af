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

    private struct OpenSubgraph {
        var subgraph: FlowSubgraph
        var mentions: [FlowSubgraph.Member] = []
        var openingOrder: Int
    }

    private struct ClassUse {
        var targets: [String]
        var className: String
        var line: Int
        var column: Int
    }

    private struct StyleUse {
        var target: String
        var style: StyleDeclaration
        var line: Int
        var column: Int
    }

    private struct LinkStyleUse {
        /// nil for `linkStyle default`.
        var indices: [Int]?
        var style: StyleDeclaration
        var line: Int
        var column: Int
    }

    /// The shape of a link between two node groups, as written.
    private struct Link {
        var stroke: LinkStroke
        var startHead: ArrowHead
        var endHead: ArrowHead
        var length: Int
        var label: String
        var text: String
    }

    private var cursor: SourceCursor
    private var chart = Flowchart()
    private var nodeIndex: [String: Int] = [:]
    private var open: [OpenSubgraph] = []
    private var rootMentions: [FlowSubgraph.Member] = []
    private var closed: [OpenSubgraph] = []
    private var openedCount = 0
    private var generatedSubgraphCount = 0
    private var classUses: [ClassUse] = []
    private var styleUses: [StyleUse] = []
    private var linkStyleUses: [LinkStyleUse] = []

    private init(source: String) { cursor = SourceCursor(source) }

    /// Parses a whole mermaid flowchart, or throws the first error with its line.
    static func parse(_ source: String) throws(MermaidError) -> Flowchart {
        var parser = FlowchartParser(source: source)
        try parser.parseDocument()
        return try parser.finish()
    }

    // MARK: - Document

    private mutating func parseDocument() throws(MermaidError) {
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
    private mutating func parseFrontMatter() throws(MermaidError) {
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

    private mutating func parseHeader() throws(MermaidError) {
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

    // MARK: - Statements

    private mutating func parseStatement() throws(MermaidError) {
        let word = peekWord()
        let after = cursor.peek(word.count)
        let followedBySpace = after.map { $0.isWhitespace && !$0.isNewline } ?? false
        let endsStatement = after == nil || after == ";" || after?.isNewline == true
        switch word {
        case "subgraph" where followedBySpace || endsStatement:
            try parseSubgraphStart()
        case "end" where endsStatement || (followedBySpace && restAfterWordIsEmpty(word)):
            try parseSubgraphEnd()
        case "direction" where followedBySpace:
            try parseDirectionStatement()
        case "classDef" where followedBySpace:
            try parseClassDef()
        case "class" where followedBySpace:
            try parseClassStatement()
        case "style" where followedBySpace:
            try parseStyleStatement()
        case "linkStyle" where followedBySpace:
            try parseLinkStyle()
        case "click" where followedBySpace, "callback" where followedBySpace, "href" where followedBySpace:
            throw cursor.error("'\(word)' interactions are not supported: diagrams are static images")
        case "accTitle" where after == ":" || followedBySpace:
            chart.accessibleTitle = try parseAccessibilityText(word)
        case "accDescr" where after == ":" || after == "{" || followedBySpace:
            chart.accessibleDescription = try parseAccessibilityText(word)
        default:
            try parseVertexStatement()
        }
    }

    private mutating func parseSubgraphStart() throws(MermaidError) {
        let line = cursor.line
        let column = cursor.column
        cursor.advance(by: "subgraph".count)
        let rest = restOfStatement().trimmingWhitespace()
        guard !rest.isEmpty else {
            throw MermaidError(line: line, column: column, message: "expected a name after 'subgraph'")
        }
        var id: String
        var title: String
        if let bracket = rest.firstIndex(of: "["), rest.last == "]", !rest.hasPrefix("\"") {
            id = String(rest[..<bracket]).trimmingWhitespace()
            title = unquote(String(rest[rest.index(after: bracket)..<rest.index(before: rest.endIndex)]))
            guard !id.isEmpty else {
                throw MermaidError(line: line, column: column, message: "expected a subgraph id before '['")
            }
        } else if rest.hasPrefix("\"") {
            title = unquote(rest)
            id = title
            if title.contains(where: \.isWhitespace) {
                id = "subGraph\(generatedSubgraphCount)"
            }
        } else {
            title = rest
            id = rest
            if rest.contains(where: \.isWhitespace) {
                id = "subGraph\(generatedSubgraphCount)"
            }
        }
        generatedSubgraphCount += 1
        if chart.subgraphs.contains(where: { $0.id == id }) || closed.contains(where: { $0.subgraph.id == id })
            || open.contains(where: { $0.subgraph.id == id })
        {
            throw MermaidError(line: line, column: column, message: "a subgraph named '\(id)' already exists")
        }
        let subgraph = FlowSubgraph(id: id, title: LabelText.decode(title), line: line)
        open.append(OpenSubgraph(subgraph: subgraph, openingOrder: openedCount))
        openedCount += 1
    }

    private mutating func parseSubgraphEnd() throws(MermaidError) {
        let line = cursor.line
        let column = cursor.column
        cursor.advance(by: 3)
        _ = restOfStatement()
        guard let finished = open.popLast() else {
            throw MermaidError(line: line, column: column, message: "'end' without a matching 'subgraph'")
        }
        closed.append(finished)
        mention(.subgraph(finished.subgraph.id))
    }

    private mutating func parseDirectionStatement() throws(MermaidError) {
        let line = cursor.line
        cursor.advance(by: "direction".count)
        let column = cursor.column + 1
        let word = restOfStatement().trimmingWhitespace()
        guard let direction = FlowDirection(mermaid: word) else {
            throw MermaidError(
                line: line, column: column, message: "unknown direction '\(word)'; expected TB, TD, BT, LR or RL")
        }
        if open.isEmpty {
            chart.direction = direction
        } else {
            open[open.count - 1].subgraph.direction = direction
        }
    }

    private mutating func parseClassDef() throws(MermaidError) {
        let line = cursor.line
        let column = cursor.column
        cursor.advance(by: "classDef".count)
        let rest = restOfStatement().trimmingWhitespace()
        let (names, styleText) = splitFirstWord(rest)
        guard !names.isEmpty, !styleText.isEmpty else {
            throw MermaidError(line: line, column: column, message: "expected 'classDef name property:value,...'")
        }
        let style = try StyleDeclaration.parse(styleText, line: line)
        for name in names.split(separator: ",").map({ String($0).trimmingWhitespace() }) where !name.isEmpty {
            chart.classDefinitions[name] = (chart.classDefinitions[name] ?? StyleDeclaration()).merging(style)
        }
    }

    private mutating func parseClassStatement() throws(MermaidError) {
        let line = cursor.line
        let column = cursor.column
        cursor.advance(by: "class".count)
        let rest = restOfStatement().trimmingWhitespace()
        let (targets, className) = splitFirstWord(rest)
        let name = className.trimmingWhitespace()
        guard !targets.isEmpty, !name.isEmpty, !name.contains(where: \.isWhitespace) else {
            throw MermaidError(line: line, column: column, message: "expected 'class id1,id2 className'")
        }
        let ids = targets.split(separator: ",").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
        classUses.append(ClassUse(targets: ids, className: name, line: line, column: column))
    }

    private mutating func parseStyleStatement() throws(MermaidError) {
        let line = cursor.line
        let column = cursor.column
        cursor.advance(by: "style".count)
        let rest = restOfStatement().trimmingWhitespace()
        let (target, styleText) = splitFirstWord(rest)
        guard !target.isEmpty, !styleText.isEmpty else {
            throw MermaidError(line: line, column: column, message: "expected 'style id property:value,...'")
        }
        let style = try StyleDeclaration.parse(styleText, line: line)
        styleUses.append(StyleUse(target: target, style: style, line: line, column: column))
    }

    private mutating func parseLinkStyle() throws(MermaidError) {
        let line = cursor.line
        let column = cursor.column
        cursor.advance(by: "linkStyle".count)
        let rest = restOfStatement().trimmingWhitespace()
        let (which, styleText) = splitFirstWord(rest)
        guard !which.isEmpty, !styleText.isEmpty else {
            throw MermaidError(line: line, column: column, message: "expected 'linkStyle index property:value,...'")
        }
        let style = try StyleDeclaration.parse(styleText, line: line)
        if which == "default" {
            linkStyleUses.append(LinkStyleUse(indices: nil, style: style, line: line, column: column))
            return
        }
        var indices: [Int] = []
        for piece in which.split(separator: ",") {
            guard let index = Int(piece.trimmingWhitespace()), index >= 0 else {
                throw MermaidError(
                    line: line, column: column,
                    message: "expected link numbers (0, 1, ...) or 'default' after 'linkStyle', found '\(piece)'")
            }
            indices.append(index)
        }
        linkStyleUses.append(LinkStyleUse(indices: indices, style: style, line: line, column: column))
    }

    private mutating func parseAccessibilityText(_ keyword: String) throws(MermaidError) -> String {
        let line = cursor.line
        cursor.advance(by: keyword.count)
        cursor.skipInlineSpace()
        if cursor.peek() == "{" {
            cursor.advance()
            var text = ""
            while let character = cursor.peek(), character != "}" {
                text.append(character)
                cursor.advance()
            }
            guard cursor.peek() == "}" else {
                throw MermaidError(line: line, message: "'\(keyword) {' is never closed with '}'")
            }
            cursor.advance()
            return text.split(whereSeparator: \.isNewline).map { String($0).trimmingWhitespace() }
                .filter { !$0.isEmpty }.joined(separator: " ")
        }
        guard cursor.peek() == ":" else {
            throw MermaidError(line: line, message: "expected ':' after '\(keyword)'")
        }
        cursor.advance()
        var text = ""
        while let character = cursor.peek(), !character.isNewline {
            text.append(character)
            cursor.advance()
        }
        return text.trimmingWhitespace()
    }

    // MARK: - Nodes and links

    private mutating func parseVertexStatement() throws(MermaidError) {
        var left = try parseNodeGroup(after: nil)
        while true {
            cursor.skipInlineSpace()
            if cursor.starts(with: "%%") { cursor.skipToEndOfLine() }
            if cursor.isAtStatementEnd { return }
            let linkLine = cursor.line
            let linkColumn = cursor.column
            guard let link = try parseLink() else {
                let found = cursor.peek().map(String.init) ?? ""
                throw cursor.error(
                    "unexpected '\(found)' after node '\(left.last ?? "")'; expected a link such as '-->' or the end of the statement")
            }
            cursor.skipInlineSpace()
            let right = try parseNodeGroup(after: link.text)
            try checkBudget(adding: left.count * right.count, line: linkLine, column: linkColumn)
            for from in left {
                for to in right {
                    chart.edges.append(
                        FlowEdge(
                            from: from, to: to, label: link.label, stroke: link.stroke, startHead: link.startHead,
                            endHead: link.endHead, length: min(link.length, Self.maximumLinkLength), line: linkLine))
                }
            }
            left = right
        }
    }

    /// Refuses a diagram whose links (each `&` group links every node on one side to every node on the other) or
    /// nodes exceed the budget: Graphviz's layout time grows much faster than the graph (200 & 200 never finished).
    private func checkBudget(adding links: Int, line: Int, column: Int) throws(MermaidError) {
        let total = chart.edges.count + links
        guard total <= Self.maximumLinks, chart.nodes.count <= Self.maximumNodes else {
            let what = chart.nodes.count > Self.maximumNodes
                ? "more than \(Self.maximumNodes) nodes"
                : "more than \(Self.maximumLinks) links (this statement alone adds \(links))"
            throw MermaidError(line: line, column: column, message: "the diagram has \(what); split it into smaller diagrams")
        }
    }

    /// `A`, `A[label]`, `A:::class`, `A & B[label] & C`.
    private mutating func parseNodeGroup(after linkText: String?) throws(MermaidError) -> [String] {
        var ids: [String] = []
        while true {
            cursor.skipInlineSpace()
            let id = readIdentifier()
            guard !id.isEmpty else {
                if let linkText {
                    throw cursor.error("expected a node after '\(linkText)'")
                }
                if ids.isEmpty {
                    let found = cursor.peek().map(String.init) ?? ""
                    throw cursor.error("expected a node id, found '\(found)'")
                }
                throw cursor.error("expected a node after '&'")
            }
            let line = cursor.line
            touchNode(id, line: line)
            try parseShape(for: id)
            while cursor.starts(with: ":::") {
                cursor.advance(by: 3)
                let column = cursor.column
                let className = readIdentifier()
                guard !className.isEmpty else { throw cursor.error("expected a class name after ':::'") }
                classUses.append(ClassUse(targets: [id], className: className, line: line, column: column))
            }
            ids.append(id)
            let saved = cursor
            cursor.skipInlineSpace()
            if cursor.peek() == "&" {
                cursor.advance()
                continue
            }
            cursor = saved
            return ids
        }
    }

    private func isIdentifierCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_"
    }

    /// Reads a node id: letters, digits and `_`, with single `-` or `.` joining such runs (`node-1`).
    private mutating func readIdentifier() -> String {
        var id = ""
        while let character = cursor.peek() {
            if isIdentifierCharacter(character) {
                id.append(character)
                cursor.advance()
            } else if (character == "-" || character == "."), !id.isEmpty,
                let next = cursor.peek(1), isIdentifierCharacter(next)
            {
                // `A-x` would be ambiguous with `A--x B`; only a single joining character is part of an id.
                id.append(character)
                cursor.advance()
            } else {
                break
            }
        }
        return id
    }

    private mutating func parseShape(for id: String) throws(MermaidError) {
        let saved = cursor
        cursor.skipInlineSpace()
        let openers: [(String, NodeShape, [String: NodeShape])] = [
            ("(((", .doubleCircle, [")))": .doubleCircle]),
            ("((", .circle, ["))": .circle]),
            ("([", .stadium, ["])": .stadium]),
            ("(", .rounded, [")": .rounded]),
            ("[[", .subroutine, ["]]": .subroutine]),
            ("[(", .cylinder, [")]": .cylinder]),
            ("[/", .parallelogram, ["/]": .parallelogram, "\\]": .trapezoid]),
            ("[\\", .parallelogramAlt, ["\\]": .parallelogramAlt, "/]": .trapezoidAlt]),
            ("[", .rectangle, ["]": .rectangle]),
            ("{{", .hexagon, ["}}": .hexagon]),
            ("{", .diamond, ["}": .diamond]),
            (">", .asymmetric, ["]": .asymmetric]),
        ]
        guard let (opener, _, closers) = openers.first(where: { cursor.starts(with: $0.0) }) else {
            cursor = saved
            return
        }
        let line = cursor.line
        let column = cursor.column
        cursor.advance(by: opener.count)
        let closerList = closers.keys.sorted { $0.count > $1.count || ($0.count == $1.count && $0 < $1) }
        var raw = ""
        cursor.skipInlineSpace()
        if cursor.peek() == "\"" {
            raw = try readQuoted()
            cursor.skipInlineSpace()
        } else {
            while !cursor.isAtEnd, !closerList.contains(where: { cursor.starts(with: $0) }) {
                guard let character = cursor.peek(), !character.isNewline else { break }
                raw.append(character)
                cursor.advance()
            }
        }
        guard let closer = closerList.first(where: { cursor.starts(with: $0) }), let shape = closers[closer] else {
            let expected = closerList.map { "'\($0)'" }.joined(separator: " or ")
            throw MermaidError(
                line: line, column: column, message: "expected \(expected) to close the label of node '\(id)'")
        }
        cursor.advance(by: closer.count)
        if let index = nodeIndex[id] {
            chart.nodes[index].label = LabelText.decode(raw)
            chart.nodes[index].shape = shape
        }
    }

    /// Reads `"..."` (the quotes excluded); the text may span lines.
    private mutating func readQuoted() throws(MermaidError) -> String {
        let line = cursor.line
        let column = cursor.column
        cursor.advance()
        var text = ""
        while let character = cursor.peek(), character != "\"" {
            text.append(character)
            cursor.advance()
        }
        guard cursor.peek() == "\"" else {
            throw MermaidError(line: line, column: column, message: "string starting here is never closed with '\"'")
        }
        cursor.advance()
        return text
    }

    private func count(_ character: Character, from offset: Int) -> Int {
        var count = 0
        while cursor.peek(offset + count) == character { count += 1 }
        return count
    }

    /// A right-hand marker at `offset`: `>` always, `o`/`x` only when no id follows directly.
    private func endHead(at offset: Int) -> ArrowHead? {
        guard let character = cursor.peek(offset) else { return nil }
        if character == ">" { return .arrow }
        if character == "o" || character == "x" {
            if let next = cursor.peek(offset + 1), isIdentifierCharacter(next) { return nil }
            return character == "o" ? .circle : .cross
        }
        return nil
    }

    /// Parses a link (`-->`, `-- text -->`, `-.->|text|`, ...) at the cursor, or returns nil if there is none.
    private mutating func parseLink() throws(MermaidError) -> Link? {
        let line = cursor.line
        let column = cursor.column
        var offset = 0
        var startHead = ArrowHead.none
        if let first = cursor.peek(), let second = cursor.peek(1), "-=.".contains(second) {
            switch first {
            case "<": startHead = .arrow; offset = 1
            case "o": startHead = .circle; offset = 1
            case "x": startHead = .cross; offset = 1
            default: break
            }
        }
        guard let bodyStart = cursor.peek(offset) else { return nil }
        var link: Link
        var textOpener: String? = nil
        switch bodyStart {
        case "-":
            let dashes = count("-", from: offset)
            if dashes == 1, cursor.peek(offset + 1) == "." {
                let dots = count(".", from: offset + 1)
                let afterDots = offset + 1 + dots
                if cursor.peek(afterDots) == "-" {
                    let head = endHead(at: afterDots + 1)
                    link = Link(
                        stroke: .dotted, startHead: startHead, endHead: head ?? .none, length: dots, label: "",
                        text: "")
                    offset = afterDots + 1 + (head == nil ? 0 : 1)
                } else if dots == 1 {
                    textOpener = "-."
                    link = Link(stroke: .dotted, startHead: startHead, endHead: .none, length: 1, label: "", text: "")
                    offset += 2
                } else {
                    return nil
                }
            } else if dashes >= 2 {
                let head = endHead(at: offset + dashes)
                if let head {
                    link = Link(
                        stroke: .solid, startHead: startHead, endHead: head, length: dashes - 1, label: "", text: "")
                    offset += dashes + 1
                } else if dashes >= 3 {
                    link = Link(
                        stroke: .solid, startHead: startHead, endHead: .none, length: dashes - 2, label: "", text: "")
                    offset += dashes
                } else {
                    textOpener = "--"
                    link = Link(stroke: .solid, startHead: startHead, endHead: .none, length: 1, label: "", text: "")
                    offset += 2
                }
            } else {
                return nil
            }
        case "=":
            let equals = count("=", from: offset)
            guard equals >= 2 else { return nil }
            if let head = endHead(at: offset + equals) {
                link = Link(stroke: .thick, startHead: startHead, endHead: head, length: equals - 1, label: "", text: "")
                offset += equals + 1
            } else if equals >= 3 {
                link = Link(
                    stroke: .thick, startHead: startHead, endHead: .none, length: equals - 2, label: "", text: "")
                offset += equals
            } else {
                textOpener = "=="
                link = Link(stroke: .thick, startHead: startHead, endHead: .none, length: 1, label: "", text: "")
                offset += 2
            }
        case "~":
            let tildes = count("~", from: offset)
            guard tildes >= 3, startHead == .none else { return nil }
            link = Link(stroke: .invisible, startHead: .none, endHead: .none, length: tildes - 2, label: "", text: "")
            offset += tildes
        default:
            return nil
        }
        var written = ""
        for step in 0..<offset { if let character = cursor.peek(step) { written.append(character) } }
        cursor.advance(by: offset)
        if let textOpener {
            try parseLinkText(opener: textOpener, into: &link, line: line, column: column)
        } else {
            link.text = written
        }
        cursor.skipInlineSpace()
        if cursor.peek() == "|" {
            let pipeLine = cursor.line
            let pipeColumn = cursor.column
            cursor.advance()
            var raw = ""
            cursor.skipInlineSpace()
            if cursor.peek() == "\"" {
                raw = try readQuoted()
                cursor.skipInlineSpace()
            } else {
                while let character = cursor.peek(), character != "|", !character.isNewline {
                    raw.append(character)
                    cursor.advance()
                }
            }
            guard cursor.peek() == "|" else {
                throw MermaidError(
                    line: pipeLine, column: pipeColumn, message: "expected '|' to close the link text")
            }
            cursor.advance()
            link.label = LabelText.decode(raw)
        }
        return link
    }

    /// Reads `text -->` after `--` (or `text .->` after `-.`, `text ==>` after `==`).
    /// Ends a `== text ==>` / `-- text -->` link when the cursor is on a run of `marker`: two or more followed by
    /// an arrow head, or three or more without one. Returns whether it did.
    private mutating func closeLink(repeating marker: Character, opener: String, raw: String,
                                    into link: inout Link) -> Bool {
        let run = count(marker, from: 0)
        if run >= 2, let head = endHead(at: run) {
            cursor.advance(by: run + 1)
            link.endHead = head
            link.length = run - 1
            link.label = LabelText.decode(raw)
            link.text = "\(opener) \(link.label) " + String(repeating: marker, count: run) + ">"
            return true
        }
        if run >= 3 {
            cursor.advance(by: run)
            link.length = run - 2
            link.label = LabelText.decode(raw)
            link.text = "\(opener) \(link.label) " + String(repeating: marker, count: run)
            return true
        }
        return false
    }

    private mutating func parseLinkText(
        opener: String, into link: inout Link, line: Int, column: Int
    ) throws(MermaidError) {
        var raw = ""
        cursor.skipInlineSpace()
        if cursor.peek() == "\"" {
            raw = try readQuoted()
            cursor.skipInlineSpace()
        }
        let closingHint: String
        switch opener {
        case "-.": closingHint = "'.->' or '.-'"
        case "==": closingHint = "'==>' or '==='"
        default: closingHint = "'-->' or '---'"
        }
        while true {
            guard let character = cursor.peek(), !character.isNewline else {
                throw MermaidError(
                    line: line, column: column, message: "expected \(closingHint) to end the link text after '\(opener)'")
            }
            switch opener {
            case "-.":
                if character == "." {
                    let dots = count(".", from: 0)
                    if cursor.peek(dots) == "-" {
                        let head = endHead(at: dots + 1)
                        cursor.advance(by: dots + 1 + (head == nil ? 0 : 1))
                        link.endHead = head ?? .none
                        link.length = dots
                        link.label = LabelText.decode(raw)
                        link.text = "\(opener) \(link.label) " + String(repeating: ".", count: dots) + "-"
                            + (head == nil ? "" : ">")
                        return
                    }
                }
            case "==":
                if character == "=", closeLink(repeating: "=", opener: opener, raw: raw, into: &link) { return }
            default:
                if character == "-", closeLink(repeating: "-", opener: opener, raw: raw, into: &link) { return }
            }
            raw.append(character)
            cursor.advance()
        }
    }

    // MARK: - Bookkeeping

    private mutating func touchNode(_ id: String, line: Int) {
        if nodeIndex[id] == nil {
            nodeIndex[id] = chart.nodes.count
            chart.nodes.append(FlowNode(id: id, label: id, shape: .rectangle, line: line))
        }
        mention(.node(id))
    }

    private mutating func mention(_ member: FlowSubgraph.Member) {
        if open.isEmpty {
            if !rootMentions.contains(member) { rootMentions.append(member) }
        } else if !open[open.count - 1].mentions.contains(member) {
            open[open.count - 1].mentions.append(member)
        }
    }

    /// Resolves membership, classes and styles once the whole source has been read.
    private mutating func finish() throws(MermaidError) -> Flowchart {
        let subgraphIDs = Set(closed.map(\.subgraph.id))
        // Ids used as link ends that name a subgraph are subgraph references, not nodes.
        chart.nodes.removeAll { subgraphIDs.contains($0.id) }
        nodeIndex = [:]
        for (index, node) in chart.nodes.enumerated() { nodeIndex[node.id] = index }

        var owner: [String: String] = [:]
        for entry in closed {
            for case .node(let id) in entry.mentions where owner[id] == nil && !subgraphIDs.contains(id) {
                owner[id] = entry.subgraph.id
            }
        }
        func members(_ mentions: [FlowSubgraph.Member], ownerID: String?) -> [FlowSubgraph.Member] {
            mentions.filter { member in
                switch member {
                case .node(let id): return !subgraphIDs.contains(id) && owner[id] == ownerID
                case .subgraph: return true
                }
            }
        }
        chart.rootMembers = members(rootMentions, ownerID: nil)
        chart.subgraphs = closed.sorted { $0.openingOrder < $1.openingOrder }.map { entry in
            var subgraph = entry.subgraph
            subgraph.members = members(entry.mentions, ownerID: subgraph.id)
            return subgraph
        }

        for use in classUses {
            guard chart.classDefinitions[use.className] != nil || use.className == "default" else {
                throw MermaidError(
                    line: use.line, column: use.column, message: "no 'classDef' defines the class '\(use.className)'")
            }
            for target in use.targets {
                if let index = nodeIndex[target] {
                    chart.nodes[index].classes.append(use.className)
                } else if let index = chart.subgraphs.firstIndex(where: { $0.id == target }) {
                    chart.subgraphs[index].classes.append(use.className)
                } else {
                    throw MermaidError(
                        line: use.line, column: use.column, message: "class applied to unknown node '\(target)'")
                }
            }
        }
        for use in styleUses {
            if let index = nodeIndex[use.target] {
                chart.nodes[index].style = chart.nodes[index].style.merging(use.style)
            } else if let index = chart.subgraphs.firstIndex(where: { $0.id == use.target }) {
                chart.subgraphs[index].style = chart.subgraphs[index].style.merging(use.style)
            } else {
                throw MermaidError(
                    line: use.line, column: use.column, message: "style applied to unknown node '\(use.target)'")
            }
        }
        for use in linkStyleUses {
            let indices = use.indices ?? Array(chart.edges.indices)
            for index in indices {
                guard chart.edges.indices.contains(index) else {
                    throw MermaidError(
                        line: use.line, column: use.column,
                        message: "linkStyle \(index) refers to a link that does not exist (the diagram has \(chart.edges.count) links, numbered from 0)")
                }
                chart.edges[index].style = chart.edges[index].style.merging(use.style)
            }
        }
        return chart
    }

    // MARK: - Helpers

    private mutating func skipSeparators() {
        while let character = cursor.peek(), character.isWhitespace || character == ";" { cursor.advance() }
    }

    private mutating func skipBlankLines() {
        while true {
            var offset = 0
            while let character = cursor.peek(offset), character.isWhitespace, !character.isNewline { offset += 1 }
            guard let character = cursor.peek(offset), character.isNewline else { return }
            cursor.advance(by: offset + 1)
        }
    }

    /// The letters (and `-`) at the cursor, without consuming them.
    private func peekWord() -> String {
        var word = ""
        var offset = 0
        while let character = cursor.peek(offset), character.isLetter || character == "-" {
            word.append(character)
            offset += 1
        }
        return word
    }

    private func restAfterWordIsEmpty(_ word: String) -> Bool {
        var offset = word.count
        while let character = cursor.peek(offset), character.isWhitespace, !character.isNewline { offset += 1 }
        guard let character = cursor.peek(offset) else { return true }
        return character.isNewline || character == ";" || cursor.peek(offset + 1) == "%" && character == "%"
    }

    /// The text up to the next line break or `;` outside quotes, consumed.
    private mutating func restOfStatement() -> String {
        var text = ""
        var inQuotes = false
        while let character = cursor.peek(), !character.isNewline, inQuotes || character != ";" {
            if character == "\"" { inQuotes.toggle() }
            text.append(character)
            cursor.advance()
        }
        return text
    }

    /// The text up to the next line break, not consumed.
    private func peekRestOfLine() -> String {
        var text = ""
        var offset = 0
        while let character = cursor.peek(offset), !character.isNewline {
            text.append(character)
            offset += 1
        }
        return text
    }

    /// `first rest...` split at the first run of spaces.
    private func splitFirstWord(_ text: String) -> (String, String) {
        guard let space = text.firstIndex(where: \.isWhitespace) else { return (text, "") }
        return (String(text[..<space]), String(text[space...]).trimmingWhitespace())
    }

    private func unquote(_ text: String) -> String {
        let trimmed = text.trimmingWhitespace()
        if trimmed.count >= 2, trimmed.first == "\"", trimmed.last == "\"" {
            return String(trimmed.dropFirst().dropLast())
        }
        return trimmed
    }
}
