/// Turns the SVG document Graphviz writes into a fragment fit to inline in HTML: no prolog, DOCTYPE
/// or comments; a `viewBox` and CSS that let it shrink with the page; an accessible `<title>`;
/// the page's font; and ids prefixed so several diagrams can share a page.
struct SVGPostProcessor {
    /// Prefix added (with a `-`) to every id.
    let idPrefix: String
    /// Text of the accessible `<title>`.
    let title: String
    /// Text of the accessible `<desc>`, if any.
    let description: String

    /// The inline SVG for Graphviz's output `svg`.
    func process(_ svg: String) throws -> String {
        guard let start = svg.range(of: "<svg") else {
            throw MermaidError(line: 1, message: "Graphviz produced no SVG")
        }
        var body = String(svg[start.lowerBound...])
        body = Self.removingComments(body)
        body = Self.removingElements(named: "title", from: body)
        guard let openEnd = body.firstIndex(of: ">") else {
            throw MermaidError(line: 1, message: "Graphviz produced malformed SVG")
        }
        let openTag = String(body[body.startIndex...openEnd])
        var rest = String(body[body.index(after: openEnd)...])

        guard let viewBox = Self.attribute("viewBox", in: openTag) else {
            throw MermaidError(line: 1, message: "Graphviz produced SVG without a viewBox")
        }
        let numbers = viewBox.split(separator: " ").compactMap { Double($0) }
        let width = numbers.count == 4 ? numbers[2] : 0
        rest = NodeOutlineRefiner.refine(rest)
        let prefix = idPrefix
        rest = Self.mappingTags(in: rest) { tag in
            Self.replacingAttribute("font-family", in: Self.prefixingIDs(in: tag, prefix: prefix), with: Theme.fontFamily)
        }
        rest = Self.collapsingBlankLines(rest)

        let titleID = "\(idPrefix)-title"
        let descriptionID = "\(idPrefix)-desc"
        var open = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"\(viewBox)\""
        open += " role=\"img\" aria-labelledby=\"\(titleID)\""
        if !description.isEmpty { open += " aria-describedby=\"\(descriptionID)\"" }
        open += " class=\"mermaid-diagram\" style=\"width:100%;max-width:\(Self.format(width))px;height:auto\""
        open += " font-family=\"\(Theme.fontFamily)\">"
        var header = "\n<title id=\"\(titleID)\">\(Self.escapeXML(title))</title>"
        if !description.isEmpty {
            header += "\n<desc id=\"\(descriptionID)\">\(Self.escapeXML(description))</desc>"
        }
        return (open + header + "\n" + rest.trimmingWhitespace()).trimmingWhitespace() + "\n"
    }

    /// `text` with `&`, `<`, `>` and `"` escaped for XML content and attributes.
    static func escapeXML(_ text: String) -> String {
        var output = ""
        for character in text {
            switch character {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            default: output.append(character)
            }
        }
        return output
    }

    private static func format(_ value: Double) -> String { NodeOutlineRefiner.format(value) }

    private static func removingComments(_ text: String) -> String {
        var output = ""
        var rest = Substring(text)
        while let open = rest.range(of: "<!--") {
            output += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "-->") else {
                rest = ""
                break
            }
            rest = rest[close.upperBound...]
        }
        output += rest
        return output
    }

    private static func removingElements(named name: String, from text: String) -> String {
        var output = ""
        var rest = Substring(text)
        while let open = rest.range(of: "<\(name)>") {
            output += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "</\(name)>") else {
                rest = ""
                break
            }
            rest = rest[close.upperBound...]
        }
        output += rest
        return output
    }

    private static func attribute(_ name: String, in tag: String) -> String? {
        guard let start = tag.range(of: " \(name)=\"") else { return nil }
        guard let end = tag[start.upperBound...].firstIndex(of: "\"") else { return nil }
        return String(tag[start.upperBound..<end])
    }

    /// `text` with `transform` applied to every tag (`<...>`), leaving text content untouched
    /// (Graphviz escapes `<` and `>` inside attribute values and text).
    private static func mappingTags(in text: String, _ transform: (String) -> String) -> String {
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "<") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            result += transform(String(rest[open...close]))
            rest = rest[rest.index(after: close)...]
        }
        result += rest
        return result
    }

    /// Rewrites `id="x"`, `url(#x)` and `href="#x"` to use `prefix-x`.
    private static func prefixingIDs(in text: String, prefix: String) -> String {
        var output = text
        for (opening, closing) in [(" id=\"", "\""), ("url(#", ")"), ("href=\"#", "\"")] {
            var result = ""
            var rest = Substring(output)
            while let open = rest.range(of: opening) {
                result += rest[..<open.upperBound]
                rest = rest[open.upperBound...]
                if rest.range(of: closing) != nil { result += "\(prefix)-" }
            }
            result += rest
            output = result
        }
        return output
    }

    private static func replacingAttribute(_ name: String, in text: String, with value: String) -> String {
        var result = ""
        var rest = Substring(text)
        let opening = " \(name)=\""
        while let open = rest.range(of: opening) {
            result += rest[..<open.upperBound]
            rest = rest[open.upperBound...]
            guard let close = rest.firstIndex(of: "\"") else { break }
            result += escapeXML(value)
            rest = rest[close...]
        }
        result += rest
        return result
    }

    private static func collapsingBlankLines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: true)
            .filter { !$0.allSatisfy(\.isWhitespace) }
            .joined(separator: "\n")
    }
}
