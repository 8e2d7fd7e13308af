import Diagnostics
import Foundation

/// What Quarto writers expect on top of CommonMark: figures and equations with ids, callouts in fenced divs.
extension BlockBuilder {
    /// Records a cell, figure or equation label; a label used twice is an error at the second use.
    mutating func register(label: String, at location: SourceLocation, what: String = "cell") {
        guard labels.insert(label).inserted else {
            errors.append(.error("\(what) label '\(label)' is used by an earlier cell, figure or equation", at: location))
            return
        }
    }

    /// A paragraph's block: a numbered equation (`$$ … $$ {#eq-x}` alone), an image figure (`![…](…){#fig-x}` alone),
    /// or a plain paragraph.
    mutating func paragraphBlock(_ content: [Inline], range: SourceRange) -> Block {
        let equationLabels = paragraphEquationLabels
        paragraphEquationLabels = []
        if content.count == 1, case .math(let latex, true) = content[0] {
            guard let label = equationLabels.first else { return .math(latex, range: range) }
            register(label: label, at: range.start, what: "equation")
            return .numberedMath(latex, label: label, range: range)
        }
        for label in equationLabels {
            warnings.append(.warning("equation label '{#\(label)}' is ignored: a numbered formula must be on lines of its own",
                                     at: range.start))
        }
        if let figure = imageFigure(content, range: range) { return .figure(figure) }
        return .paragraph(content, range: range)
    }

    /// An image followed only by an attribute block with an id, `![Caption](plot.png){#fig-plot}`.
    private mutating func imageFigure(_ content: [Inline], range: SourceRange) -> ImageFigure? {
        guard content.count >= 2, case .image(let source, let title, let alt, _) = content[0] else { return nil }
        var rest = ""
        for inline in content.dropFirst() {
            switch inline {
            case .text(let text): rest += text
            case .softBreak: rest += " "
            default: return nil
            }
        }
        let attributes = rest.trimmingWhitespace
        guard attributes.hasPrefix("{"), attributes.hasSuffix("}"),
              let region = FencedDivExtractor.opening(attributes, line: range.start.line), let label = region.id,
              !label.isEmpty else { return nil }
        let ignored = region.classes.map { "." + $0 } + region.attributes.keys.sorted()
        if !ignored.isEmpty {
            warnings.append(.warning("image attributes \(ignored.map { "'\($0)'" }.joined(separator: ", ")) are not supported and are ignored",
                                     at: range.start))
        }
        register(label: label, at: range.start, what: "figure")
        return ImageFigure(source: source, title: title, caption: alt, label: label, range: range)
    }

    /// Joins a paragraph `: Caption {#tbl-label}` to the table just before it, as Pandoc and Quarto read it.
    mutating func attachingTableCaptions(_ blocks: [Block]) -> [Block] {
        var result: [Block] = []
        for block in blocks {
            guard case .paragraph(var content, let range) = block, case .table(var table)? = result.last,
                  case .text(let first)? = content.first, first.hasPrefix(": ") else {
                result.append(block)
                continue
            }
            content[0] = .text(String(first.dropFirst(2)))
            if case .text(let last)? = content.last, last.hasSuffix("}"), let open = last.range(of: "{#", options: .backwards),
               let region = FencedDivExtractor.opening(String(last[open.lowerBound...]), line: range.start.line),
               let label = region.id, !label.isEmpty {
                let rest = String(last[..<open.lowerBound]).trimmingWhitespace
                if rest.isEmpty { content.removeLast() } else { content[content.count - 1] = .text(rest) }
                register(label: label, at: range.start, what: "table")
                table.label = label
            }
            if case .text(let text)? = content.last { content[content.count - 1] = .text(text.trimmingWhitespace) }
            table.caption = content
            table.range = SourceRange(start: table.range.start, end: range.end)
            result[result.count - 1] = .table(table)
        }
        return result
    }

    /// Gathers the blocks between each fenced div's fences: a callout becomes a `.callout` block, any other div
    /// leaves its content in place (with a warning, since nbrun has no style for it).
    mutating func gatherDivs(_ blocks: [Block], regions: [FencedDivExtractor.Region]) -> [Block] {
        guard !regions.isEmpty else { return blocks }
        var outer: [FencedDivExtractor.Region] = []
        for region in regions where !outer.contains(where: { $0.line < region.line && region.line <= $0.endLine }) {
            outer.append(region)
        }
        var result: [Block] = []
        var index = 0
        for region in outer {
            while index < blocks.count, blocks[index].range.start.line < region.line {
                result.append(blocks[index])
                index += 1
            }
            var inside: [Block] = []
            while index < blocks.count, blocks[index].range.start.line <= region.endLine {
                inside.append(blocks[index])
                index += 1
            }
            let inner = regions.filter { $0.line > region.line && $0.line <= region.endLine }
            result += div(region, content: gatherDivs(inside, regions: inner))
        }
        result += blocks[index...]
        return result
    }

    private mutating func div(_ region: FencedDivExtractor.Region, content: [Block]) -> [Block] {
        let at = SourceLocation(line: region.line, column: 1)
        guard let calloutClass = region.classes.first(where: { $0.hasPrefix("callout-") }) else {
            let name = region.classes.first.map { "{.\($0)}" } ?? "div"
            warnings.append(.warning("fenced div '::: \(name)' is not a callout; its content is shown without a box", at: at,
                                     notes: ["callouts: " + Callout.Kind.allCases.map { ".callout-\($0.rawValue)" }.joined(separator: ", ")]))
            return content
        }
        let word = String(calloutClass.dropFirst("callout-".count))
        var kind = Callout.Kind(rawValue: word)
        if kind == nil {
            let names = Callout.Kind.allCases.map(\.rawValue)
            let notes = NameSuggester.suggestion(for: word, among: names).map { ["did you mean '.callout-\($0)'?"] }
                ?? ["callouts: " + names.map { ".callout-\($0)" }.joined(separator: ", ")]
            warnings.append(.warning("unknown callout '.\(calloutClass)' is shown as a note", at: at, notes: notes))
            kind = .note
        }
        var blocks = content
        var title: [Inline]?
        if let text = region.attributes["title"], !text.isEmpty {
            if case .paragraph(let inlines, _)? = parseDocument(text).first { title = inlines } else { title = [.text(text)] }
        } else if case .heading(_, let heading, _)? = blocks.first {
            title = heading
            blocks.removeFirst()
        }
        return [.callout(Callout(kind: kind ?? .note, title: title, blocks: blocks,
                                 range: SourceRange(lines: region.line, region.endLine)))]
    }
}

extension BlockBuilder {
    /// Warns at every `@fig-…`, `@tbl-…` or `@eq-…` whose label nothing in the notebook carries.
    mutating func checkCrossReferences(_ references: CrossReferences) {
        let known = Array(references.targets.keys).sorted()
        for (label, line) in crossReferenceUses where references[label] == nil {
            let text = lines.line(line)
            let column = text.range(of: "@" + label).map { text.distance(from: text.startIndex, to: $0.lowerBound) + 1 } ?? 1
            let notes = NameSuggester.suggestion(for: label, among: known).map { ["did you mean '@\($0)'?"] }
                ?? (known.isEmpty ? ["label a cell '//| label: \(label)', an image '{#\(label)}' or a formula '$$ … $$ {#\(label)}'"] : [])
            warnings.append(.warning("cross-reference '@\(label)' has no target", at: SourceLocation(line: line, column: column),
                                     notes: notes))
        }
    }
}
