/// Finds Pandoc/Quarto fenced divs (`::: {.callout-note}` … `:::`) and blanks their fence lines before cmark runs.
///
/// cmark knows no fenced divs: it would show the fences as text. With the fence lines blank, the content parses as
/// ordinary blocks with their true line numbers; `BlockBuilder` then gathers the blocks between the fences.
struct FencedDivExtractor {
    /// One fenced div: its fence lines and what its opening fence said.
    struct Region {
        /// The opening fence's line (1-based).
        var line: Int
        /// The closing fence's line, or the last line when the div is never closed.
        var endLine: Int
        /// The classes, without dots (`callout-note`).
        var classes: [String]
        /// The `key="value"` attributes (`title`, `collapse`, …).
        var attributes: [String: String]
        /// The `#id`, if any.
        var id: String?
    }

    private(set) var regions: [Region] = []
    /// Unclosed divs and fences that could not be read, as warnings.
    private(set) var warnings: [(message: String, line: Int)] = []

    /// The text with every div fence line blanked (line count unchanged).
    mutating func extract(from text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var codeFence: (marker: Character, length: Int)?
        var open: [Region] = []
        for index in lines.indices {
            let line = lines[index]
            let indent = line.prefix(while: { $0 == " " }).count
            let stripped = line.dropFirst(indent)
            if let fence = codeFence {
                let run = stripped.prefix(while: { $0 == fence.marker })
                if run.count >= fence.length, stripped.dropFirst(run.count).allSatisfy({ $0 == " " || $0 == "\t" }) {
                    codeFence = nil
                }
                continue
            }
            if indent <= 3, let marker = stripped.first, marker == "`" || marker == "~" {
                let run = stripped.prefix(while: { $0 == marker })
                if run.count >= 3 { codeFence = (marker, run.count); continue }
            }
            guard indent <= 3, stripped.hasPrefix(":::") else { continue }
            let rest = stripped.drop(while: { $0 == ":" }).trimmingWhitespace
            if rest.isEmpty {
                guard var region = open.popLast() else { continue } // a stray closing fence stays as text
                region.endLine = index + 1
                regions.append(region)
                lines[index] = ""
            } else if let region = Self.opening(rest, line: index + 1) {
                open.append(region)
                lines[index] = ""
            }
        }
        for var region in open.reversed() {
            region.endLine = lines.count
            warnings.append(("'::: {.\(region.classes.first ?? "div")}' is never closed, so it runs to the end of the file",
                             region.line))
            regions.append(region)
        }
        regions.sort { $0.line < $1.line }
        return lines.joined(separator: "\n")
    }

    /// Reads what follows the colons: `{.callout-note title="Attenzione" #id}` or a bare class word (`callout-tip`).
    static func opening(_ text: String, line: Int) -> Region? {
        var region = Region(line: line, endLine: line, classes: [], attributes: [:], id: nil)
        guard text.hasPrefix("{") else {
            let word = text.split(separator: " ").first.map(String.init) ?? text
            guard word.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else { return nil }
            region.classes = [word]
            return region
        }
        guard text.hasSuffix("}") else { return nil }
        var body = Substring(text.dropFirst().dropLast())
        while true {
            body = body.drop(while: { $0 == " " || $0 == "\t" })
            guard let first = body.first else { break }
            if first == "." || first == "#" {
                let word = body.dropFirst().prefix(while: { !$0.isWhitespace && $0 != "}" })
                if first == "." { region.classes.append(String(word)) } else { region.id = String(word) }
                body = body.dropFirst(word.count + 1)
            } else {
                let key = body.prefix(while: { $0 != "=" && !$0.isWhitespace })
                body = body.dropFirst(key.count)
                guard body.first == "=" else { region.attributes[String(key)] = ""; continue }
                body = body.dropFirst()
                var value = ""
                if let quote = body.first, quote == "\"" || quote == "'" {
                    body = body.dropFirst()
                    value = String(body.prefix(while: { $0 != quote }))
                    body = body.dropFirst(value.count + 1)
                } else {
                    value = String(body.prefix(while: { !$0.isWhitespace }))
                    body = body.dropFirst(value.count)
                }
                region.attributes[String(key)] = value
            }
        }
        return region
    }
}
