/// Node statements: node groups joined by links, identifiers and node shapes.
extension FlowchartParser {
    mutating func parseVertexStatement() throws(MermaidError) {
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
    func checkBudget(adding links: Int, line: Int, column: Int) throws(MermaidError) {
        let total = chart.edges.count + links
        guard total <= Self.maximumLinks, chart.nodes.count <= Self.maximumNodes else {
            let what = chart.nodes.count > Self.maximumNodes
                ? "more than \(Self.maximumNodes) nodes"
                : "more than \(Self.maximumLinks) links (this statement alone adds \(links))"
            throw MermaidError(line: line, column: column, message: "the diagram has \(what); split it into smaller diagrams")
        }
    }

    /// `A`, `A[label]`, `A:::class`, `A & B[label] & C`.
    mutating func parseNodeGroup(after linkText: String?) throws(MermaidError) -> [String] {
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

    func isIdentifierCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_"
    }

    /// Reads a node id: letters, digits and `_`, with single `-` or `.` joining such runs (`node-1`).
    mutating func readIdentifier() -> String {
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

    mutating func parseShape(for id: String) throws(MermaidError) {
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
    mutating func readQuoted() throws(MermaidError) -> String {
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
}
