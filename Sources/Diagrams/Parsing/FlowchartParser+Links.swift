/// Links between node groups (`-->`, `-- text -->`, `-.->|text|`, `==>` …).
extension FlowchartParser {
    /// The shape of a link between two node groups, as written.
    struct Link {
        var stroke: LinkStroke
        var startHead: ArrowHead
        var endHead: ArrowHead
        var length: Int
        var label: String
        var text: String
    }

    func count(_ character: Character, from offset: Int) -> Int {
        var count = 0
        while cursor.peek(offset + count) == character { count += 1 }
        return count
    }

    /// A right-hand marker at `offset`: `>` always, `o`/`x` only when no id follows directly.
    func endHead(at offset: Int) -> ArrowHead? {
        guard let character = cursor.peek(offset) else { return nil }
        if character == ">" { return .arrow }
        if character == "o" || character == "x" {
            if let next = cursor.peek(offset + 1), isIdentifierCharacter(next) { return nil }
            return character == "o" ? .circle : .cross
        }
        return nil
    }

    /// Parses a link (`-->`, `-- text -->`, `-.->|text|`, ...) at the cursor, or returns nil if there is none.
    mutating func parseLink() throws(MermaidError) -> Link? {
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
            guard let dash = dashLink(startHead: startHead, offset: offset) else { return nil }
            (link, offset, textOpener) = (dash.link, dash.offset, dash.textOpener)
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
            try parseLinkLabel(into: &link)
        }
        return link
    }

    /// Reads `text -->` after `--` (or `text .->` after `-.`, `text ==>` after `==`).
    /// Ends a `== text ==>` / `-- text -->` link when the cursor is on a run of `marker`: two or more followed by
    /// an arrow head, or three or more without one. Returns whether it did.
    mutating func closeLink(repeating marker: Character, opener: String, raw: String,
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

    mutating func parseLinkText(
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

    /// Reads a link's `|label|` (quoted or not) at the cursor.
    mutating func parseLinkLabel(into link: inout Link) throws(MermaidError) {
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

    /// A link whose body starts with `-` (`-->`, `---`, `-.->`, or the `--`/`-.` opening a text), with the offset after it and the opener of its text; nil when it is none.
    func dashLink(startHead: ArrowHead, offset: Int) -> (link: Link, offset: Int, textOpener: String?)? {
        var link: Link
        var offset = offset
        var textOpener: String? = nil
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
        return (link, offset, textOpener)
    }
}
