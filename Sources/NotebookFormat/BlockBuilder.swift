import CCmark
import Diagnostics
import Foundation

/// Walks cmark's tree and builds nbrun's own blocks, cells and inlines.
///
/// It also restores what was taken out before cmark ran (formulas, footnote definitions) and recognises what cmark
/// does not know (pipe tables, footnote references).
struct BlockBuilder {
    /// The notebook's original lines, for columns and fence checks.
    let lines: SourceLines
    /// The lines cmark parsed (front matter blanked, formulas replaced), for tables.
    let bodyLines: SourceLines
    /// The formulas behind the placeholders.
    let formulas: [MathExtractor.Formula]
    var errors: [Diagnostic] = []
    var warnings: [Diagnostic] = []
    var cellCount = 0
    /// Whether ```swift fences are cells (off for Markdown a cell displays, which is never run).
    var allowsCells = true
    var labels: Set<String> = []
    /// Footnote references seen, with the line of the first one, to check against definitions.
    var references: [String: Int] = [:]
    /// Cross-references (`@fig-x`) seen, with their lines, to check against the targets once all are known.
    var crossReferenceUses: [(label: String, line: Int)] = []
    /// The `{#eq-…}` labels of the display formulas met in the paragraph being built.
    var paragraphEquationLabels: [String] = []
    /// The deepest nesting of block quotes and list items a notebook may use.
    static let maxNesting = 100
    private var nesting = -1 // the document itself is level 0
    private var reportedNesting = false
    /// The deepest nesting of emphasis, links and images inside one paragraph.
    static let maxInlineNesting = 100
    private var inlineNesting = 0
    private var reportedInlineNesting = false

    init(lines: SourceLines, bodyLines: SourceLines, formulas: [MathExtractor.Formula]) {
        self.lines = lines
        self.bodyLines = bodyLines
        self.formulas = formulas
    }

    mutating func parseDocument(_ text: String) -> [Block] {
        let options = CMARK_OPT_SOURCEPOS | CMARK_OPT_SMART
        guard let document = text.withCString({ cmark_parse_document($0, strlen($0), options) }) else { return [] }
        defer { cmark_node_free(document) }
        cmark_consolidate_text_nodes(document)
        return children(of: document)
    }

    /// Parses footnote definitions into blocks and checks them against the references seen.
    mutating func footnotes(_ definitions: [FootnoteExtractor.Definition]) -> [Footnote] {
        var result: [Footnote] = []
        var seen: Set<String> = []
        for definition in definitions {
            let location = SourceLocation(line: definition.line, column: 1)
            guard seen.insert(definition.label).inserted else {
                warnings.append(.warning("footnote '[^\(definition.label)]' is defined twice; the first definition is used", at: location))
                continue
            }
            // Padding with blank lines keeps cmark's line numbers equal to the notebook's.
            let text = String(repeating: "\n", count: definition.line - 1) + definition.content
            let blocks = parseDocument(text)
            result.append(Footnote(label: definition.label, blocks: blocks,
                                   range: SourceRange(lines: definition.line, definition.line + definition.lineCount - 1)))
            if references[definition.label] == nil {
                warnings.append(.warning("footnote '[^\(definition.label)]' is never referenced", at: location))
            }
        }
        for (label, line) in references.sorted(by: { $0.value < $1.value }) where !seen.contains(label) {
            warnings.append(.warning("footnote '[^\(label)]' is not defined", at: SourceLocation(line: line, column: 1)))
        }
        return result
    }

    private mutating func children(of node: OpaquePointer) -> [Block] {
        // Every later walk of the blocks (cells, rendering) recurses on their nesting: stop hostile depths here
        // (16 000 nested `>` overflowed the stack; found by Fuzz/, FuzzNotebook).
        nesting += 1
        defer { nesting -= 1 }
        if nesting > BlockBuilder.maxNesting {
            if !reportedNesting {
                reportedNesting = true
                errors.append(.error("block quotes and lists are nested more than \(BlockBuilder.maxNesting) levels deep",
                                     at: range(node).start))
            }
            return []
        }
        var blocks: [Block] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            if let block = block(current) { blocks.append(block) }
            child = cmark_node_next(current)
        }
        return attachingTableCaptions(blocks)
    }

    private func range(_ node: OpaquePointer) -> SourceRange {
        let startLine = Int(cmark_node_get_start_line(node))
        let endLine = Int(cmark_node_get_end_line(node))
        return SourceRange(
            start: SourceLocation(line: startLine, column: lines.characterColumn(line: startLine, byteColumn: Int(cmark_node_get_start_column(node)))),
            end: SourceLocation(line: endLine, column: lines.characterColumn(line: endLine, byteColumn: Int(cmark_node_get_end_column(node)))))
    }

    private mutating func block(_ node: OpaquePointer) -> Block? {
        let range = range(node)
        switch cmark_node_get_type(node) {
        case CMARK_NODE_HEADING:
            return .heading(level: Int(cmark_node_get_heading_level(node)), content: inlines(of: node, line: range.start.line), range: range)
        case CMARK_NODE_PARAGRAPH:
            if let table = table(range) { return .table(table) }
            paragraphEquationLabels = []
            let content = inlines(of: node, line: range.start.line)
            return paragraphBlock(content, range: range)
        case CMARK_NODE_BLOCK_QUOTE:
            return .blockQuote(children(of: node), range: range)
        case CMARK_NODE_LIST:
            let style = ListStyle(ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                                  start: Int(cmark_node_get_list_start(node)),
                                  tight: cmark_node_get_list_tight(node) != 0)
            var items: [[Block]] = []
            var item = cmark_node_first_child(node)
            while let current = item {
                items.append(children(of: current))
                item = cmark_node_next(current)
            }
            return .list(style, items: items, range: range)
        case CMARK_NODE_CODE_BLOCK:
            return codeBlock(node, range: range)
        case CMARK_NODE_HTML_BLOCK:
            return .html(string(cmark_node_get_literal(node)), range: range)
        case CMARK_NODE_THEMATIC_BREAK:
            return .thematicBreak(range: range)
        default:
            return nil
        }
    }

    private mutating func codeBlock(_ node: OpaquePointer, range: SourceRange) -> Block {
        let code = restoringFormulas(string(cmark_node_get_literal(node)))
        let info = string(cmark_node_get_fence_info(node)).trimmingWhitespace
        let language = info.split(separator: " ").first.map { String($0) }
        let opening = lines.line(range.start.line).drop(while: { $0 == " " || $0 == "\t" || $0 == ">" })
        let fence = opening.prefix(while: { $0 == "`" || $0 == "~" })
        let isFenced = fence.count >= 3
        let isCell = allowsCells && isFenced && (language == "swift" || language == "{swift}")
        if isFenced, !isClosed(fence: fence, endLine: range.end.line, startLine: range.start.line) {
            let message = "code fence opened here is never closed, so it runs to the end of the file"
            let note = "add a line '\(fence)' where the \(isCell ? "cell" : "block") ends"
            if isCell {
                errors.append(.error(message, at: range.start, notes: [note]))
            } else {
                warnings.append(.warning(message, at: range.start, notes: [note]))
            }
        }
        guard isCell else {
            return .code(CodeBlock(language: language, code: code, range: range))
        }
        let firstLine = range.start.line + 1
        let columnOffset = range.start.column - 1
        let parsed = CellOptionsParser.parse(code: code, firstLine: firstLine, columnOffset: columnOffset)
        errors += parsed.errors
        if let label = parsed.options.label {
            register(label: label, at: SourceLocation(line: firstLine, column: 1))
        }
        defer { cellCount += 1 }
        return .cell(Cell(index: cellCount, code: code, options: parsed.options, optionLineCount: parsed.lineCount,
                          firstLine: firstLine, columnOffset: columnOffset, range: range))
    }

    /// Whether the block's last line is a closing fence of the same kind and at least the same length.
    private func isClosed(fence: Substring, endLine: Int, startLine: Int) -> Bool {
        guard endLine > startLine, let marker = fence.first else { return false }
        let last = lines.line(endLine).drop(while: { $0 == " " || $0 == "\t" || $0 == ">" }).trimmingTrailingSpaces
        return last.count >= fence.count && last.allSatisfy { $0 == marker }
    }

    // MARK: Tables

    /// A pipe table when the paragraph's first two lines are a header row and a delimiter row.
    private mutating func table(_ range: SourceRange) -> Table? {
        guard range.end.line > range.start.line else { return nil }
        let indent = range.start.column - 1
        let rowLines = (range.start.line...range.end.line).map { bodyLines.line($0).dropFirst(indent) }
        let header = Self.cells(of: rowLines[0])
        guard rowLines[0].contains("|"), let alignments = Self.alignments(rowLines[1]), alignments.count == header.count else {
            return nil
        }
        let width = header.count
        var rows: [[[Inline]]] = []
        for (offset, line) in rowLines.dropFirst(2).enumerated() {
            var cells = Self.cells(of: line).map { inlines(parsingCell: $0, line: range.start.line + 2 + offset) }
            if cells.count > width { cells.removeLast(cells.count - width) }
            while cells.count < width { cells.append([]) }
            rows.append(cells)
        }
        return Table(alignments: alignments,
                     header: header.map { inlines(parsingCell: $0, line: range.start.line) },
                     rows: rows, range: range)
    }

    /// The delimiter row's alignments (`|:---|:---:|---:|`), or `nil` when the line is not one.
    private static func alignments(_ line: Substring) -> [Table.Alignment?]? {
        guard line.contains("-") else { return nil }
        var result: [Table.Alignment?] = []
        for cell in cells(of: line) {
            let text = cell.trimmingWhitespace
            let left = text.hasPrefix(":"), right = text.hasSuffix(":")
            let dashes = text.dropFirst(left ? 1 : 0).dropLast(right && text.count > 1 ? 1 : 0)
            guard !dashes.isEmpty, dashes.allSatisfy({ $0 == "-" }) else { return nil }
            result.append(left && right ? .center : right ? .right : left ? .left : nil)
        }
        return result
    }

    /// A row split at unescaped `|` outside code spans, without the optional outer pipes.
    private static func cells(of line: Substring) -> [String] {
        var text = line.trimmingWhitespace[...]
        if text.hasPrefix("|") { text = text.dropFirst() }
        if text.hasSuffix("|") && !text.hasSuffix("\\|") { text = text.dropLast() }
        var cells: [String] = []
        var current = ""
        var inCode = false
        var escaped = false
        for character in text {
            if escaped {
                if character != "|" { current.append("\\") }
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "`" {
                inCode.toggle()
                current.append(character)
            } else if character == "|" && !inCode {
                cells.append(current.trimmingWhitespace)
                current = ""
            } else {
                current.append(character)
            }
        }
        if escaped { current.append("\\") }
        cells.append(current.trimmingWhitespace)
        return cells
    }

    /// The inline content of one table cell, parsed by cmark on its own.
    private mutating func inlines(parsingCell text: String, line: Int) -> [Inline] {
        guard !text.isEmpty else { return [] }
        let usesBefore = crossReferenceUses.count
        let blocks = parseDocument(text)
        for use in usesBefore..<crossReferenceUses.count { crossReferenceUses[use].line = line }
        guard case .paragraph(let content, _)? = blocks.first else { return [.text(text)] }
        return content.map { inline in
            if case .image(let source, let title, let alt, _) = inline { return .image(source: source, title: title, alt: alt, line: line) }
            return inline
        }
    }

    // MARK: Inlines

    mutating func inlines(of node: OpaquePointer, line: Int) -> [Inline] {
        var result: [Inline] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            result += inline(current, line: line)
            child = cmark_node_next(current)
        }
        return result
    }

    private mutating func inline(_ node: OpaquePointer, line: Int) -> [Inline] {
        let ownLine = Int(cmark_node_get_start_line(node))
        let line = ownLine > 0 ? ownLine : line
        let type = cmark_node_get_type(node)
        let isContainer = [CMARK_NODE_EMPH, CMARK_NODE_STRONG, CMARK_NODE_LINK, CMARK_NODE_IMAGE].contains(type)
        if isContainer {
            // Every later walk of inlines (rendering, alt text, hashing) recurses on their nesting: stop hostile
            // depths here, without recursing further (15 000 nested `*a *a … b* b*` overflowed the stack).
            guard inlineNesting < BlockBuilder.maxInlineNesting else {
                if !reportedInlineNesting {
                    reportedInlineNesting = true
                    let column = Int(cmark_node_get_start_column(node))
                    errors.append(.error(
                        "emphasis, links and images are nested more than \(BlockBuilder.maxInlineNesting) levels deep",
                        at: SourceLocation(line: line, column: ownLine > 0 && column > 0
                            ? lines.characterColumn(line: line, byteColumn: column) : 1)))
                }
                return []
            }
            inlineNesting += 1
        }
        defer { if isContainer { inlineNesting -= 1 } }
        switch type {
        case CMARK_NODE_TEXT: return text(string(cmark_node_get_literal(node)), line: line)
        case CMARK_NODE_SOFTBREAK: return [.softBreak]
        case CMARK_NODE_LINEBREAK: return [.lineBreak]
        case CMARK_NODE_CODE: return [.code(restoringFormulas(string(cmark_node_get_literal(node))))]
        case CMARK_NODE_HTML_INLINE: return [.html(string(cmark_node_get_literal(node)))]
        case CMARK_NODE_EMPH: return [.emphasis(inlines(of: node, line: line))]
        case CMARK_NODE_STRONG: return [.strong(inlines(of: node, line: line))]
        case CMARK_NODE_LINK:
            return [.link(destination: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)),
                          content: inlines(of: node, line: line))]
        case CMARK_NODE_IMAGE:
            return [.image(source: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)),
                           alt: inlines(of: node, line: line), line: line)]
        default:
            return []
        }
    }

    /// Splits a text node into text, formulas and footnote references.
    private mutating func text(_ text: String, line: Int) -> [Inline] {
        var result: [Inline] = []
        func appendText(_ piece: String) {
            for part in FootnoteExtractor.references(in: piece) {
                switch part {
                case .text(let text):
                    for inline in CrossReferenceScanner.split(text) {
                        if case .crossReference(let label, _) = inline { crossReferenceUses.append((label, line)) }
                        if case .text(let text) = inline, case .text(let previous)? = result.last {
                            result[result.count - 1] = .text(previous + text)
                        } else {
                            result.append(inline)
                        }
                    }
                case .reference(let label):
                    if references[label] == nil { references[label] = line }
                    result.append(.footnoteReference(label))
                }
            }
        }
        var rest = Substring(text)
        while let open = rest.firstIndex(of: MathExtractor.open),
              let close = rest[open...].firstIndex(of: MathExtractor.close),
              let index = Int(rest[rest.index(after: open)..<close]), index < formulas.count {
            if open > rest.startIndex { appendText(String(rest[..<open])) }
            result.append(.math(formulas[index].latex, display: formulas[index].display))
            if let label = formulas[index].label { paragraphEquationLabels.append(label) }
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { appendText(String(rest)) }
        return result
    }

    /// Puts the original LaTeX back where a placeholder ended up inside code (which shows text verbatim).
    private func restoringFormulas(_ text: String) -> String {
        guard text.contains(MathExtractor.open) else { return text }
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: MathExtractor.open),
              let close = rest[open...].firstIndex(of: MathExtractor.close),
              let index = Int(rest[rest.index(after: open)..<close]), index < formulas.count {
            result += rest[..<open]
            let formula = formulas[index]
            result += formula.display ? "$$\(formula.latex)$$" : "$\(formula.latex)$"
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    private func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}
