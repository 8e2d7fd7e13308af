/// Flowchart statements: subgraphs, directions, classes, styles, link styles and accessibility text.
extension FlowchartParser {
    mutating func parseStatement() throws(MermaidError) {
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

    mutating func parseSubgraphStart() throws(MermaidError) {
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

    mutating func parseSubgraphEnd() throws(MermaidError) {
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

    mutating func parseDirectionStatement() throws(MermaidError) {
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

    mutating func parseClassDef() throws(MermaidError) {
        let (line, column, names, styleText) = keywordStatement("classDef")
        guard !names.isEmpty, !styleText.isEmpty else {
            throw MermaidError(line: line, column: column, message: "expected 'classDef name property:value,...'")
        }
        let style = try StyleDeclaration.parse(styleText, line: line)
        for name in names.split(separator: ",").map({ String($0).trimmingWhitespace() }) where !name.isEmpty {
            chart.classDefinitions[name] = (chart.classDefinitions[name] ?? StyleDeclaration()).merging(style)
        }
    }

    mutating func parseClassStatement() throws(MermaidError) {
        let (line, column, targets, className) = keywordStatement("class")
        let name = className.trimmingWhitespace()
        guard !targets.isEmpty, !name.isEmpty, !name.contains(where: \.isWhitespace) else {
            throw MermaidError(line: line, column: column, message: "expected 'class id1,id2 className'")
        }
        let ids = targets.split(separator: ",").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
        classUses.append(ClassUse(targets: ids, className: name, line: line, column: column))
    }

    mutating func parseStyleStatement() throws(MermaidError) {
        let (line, column, target, styleText) = keywordStatement("style")
        guard !target.isEmpty, !styleText.isEmpty else {
            throw MermaidError(line: line, column: column, message: "expected 'style id property:value,...'")
        }
        let style = try StyleDeclaration.parse(styleText, line: line)
        styleUses.append(StyleUse(target: target, style: style, line: line, column: column))
    }

    mutating func parseLinkStyle() throws(MermaidError) {
        let (line, column, which, styleText) = keywordStatement("linkStyle")
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

    mutating func parseAccessibilityText(_ keyword: String) throws(MermaidError) -> String {
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
}
