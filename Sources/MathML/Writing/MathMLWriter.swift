/// Serializes parsed nodes to MathML Core markup, applying TeX's spacing rules where the browser's
/// operator dictionary would differ (unary minus, operators in scripts, space around named functions).
struct MathMLWriter {
    /// The markup written so far.
    private(set) var output = ""

    private static let thinSpace = "0.1667em"
    /// Delimiters that must not stretch when typed inline (MathML's dictionary makes them stretchy).
    private static let inlineDelimiters: Set<String> = ["(", ")", "[", "]", "{", "}", "|", "‖", "⟨", "⟩", "⌊", "⌋",
                                                       "⌈", "⌉", "/", "∖", "∣", "↑", "↓"]

    /// Writes a whole `<math>` element.
    mutating func writeMath(_ nodes: [MathNode], display: Bool) {
        output += "<math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"\(display ? "block" : "inline")\">"
        writeList(nodes, style: display ? .display : .text)
        output += "</math>"
    }

    // MARK: - Lists

    /// Writes a list of siblings, deciding each atom's effective class as TeX does.
    private mutating func writeList(_ nodes: [MathNode], style: MathStyle) {
        let classes = nodes.map(Self.atomClass)
        var effective = classes
        for index in nodes.indices where classes[index] == .binary {
            let previous = effective[..<index].last { $0 != nil } ?? nil
            let next = classes[(index + 1)...].first { $0 != nil } ?? nil
            let previousForbids = previous.map { [.binary, .largeOperator, .relation, .opening, .punctuation].contains($0) } ?? true
            let nextForbids = next.map { [.relation, .closing, .punctuation].contains($0) } ?? true
            if previousForbids || nextForbids { effective[index] = .ordinary }
        }
        for (index, node) in nodes.enumerated() {
            let isFunction = Self.isNamedFunction(node)
            if isFunction, index > 0,
               let previous = effective[..<index].last(where: { $0 != nil }) ?? nil,
               [.ordinary, .closing, .inner].contains(previous) {
                output += "<mspace width=\"\(Self.thinSpace)\"></mspace>"
            }
            write(node, style: style, effectiveClass: effective[index])
            if isFunction {
                let next = effective[(index + 1)...].first { $0 != nil } ?? nil
                if let next, [.ordinary, .largeOperator].contains(next) {
                    output += "<mo lspace=\"0em\" rspace=\"\(Self.thinSpace)\">&#x2061;</mo>"
                } else {
                    output += "<mo>&#x2061;</mo>"
                }
            }
        }
    }

    /// Writes one node where exactly one element is needed (a script, a fraction part).
    private mutating func writeElement(_ node: MathNode, style: MathStyle) {
        if case .group(let nodes) = node {
            writeGroup(nodes, style: style)
        } else {
            writeList([node], style: style)
        }
    }

    /// Writes a group: its only node as is, or an `<mrow>`; a lone operator is kept in an `<mrow>` so it
    /// stays an ordinary atom.
    private mutating func writeGroup(_ nodes: [MathNode], style: MathStyle) {
        if nodes.count == 1, let only = nodes.first, !Self.needsRow(only) {
            write(only, style: style, effectiveClass: Self.atomClass(only))
            return
        }
        output += "<mrow>"
        writeList(nodes, style: style)
        output += "</mrow>"
    }

    /// Writes the content of an element with an inferred row (`msqrt`, `mtd`, `mstyle`).
    private mutating func writeContent(_ node: MathNode, style: MathStyle) {
        if case .group(let nodes) = node {
            writeList(nodes, style: style)
        } else {
            writeList([node], style: style)
        }
    }

    // MARK: - Nodes

    private mutating func write(_ node: MathNode, style: MathStyle, effectiveClass: AtomClass?) {
        switch node {
        case .identifier(let text, let upright):
            writeIdentifier(text, upright: upright)
        case .number(let text):
            output += "<mn>\(XMLEscaping.escape(text))</mn>"
        case .symbol(let symbol):
            writeSymbol(symbol, style: style, effectiveClass: effectiveClass ?? symbol.atomClass)
        case .text(let text):
            writeText(text)
        case .space(let width):
            if width.hasPrefix("-") {
                // Chromium clamps a negative mspace width to zero; a negative margin moves the neighbours.
                output += "<mspace width=\"0em\" style=\"margin-left:\(width)\"></mspace>"
            } else {
                output += "<mspace width=\"\(width)\"></mspace>"
            }
        case .group(let nodes):
            writeGroup(nodes, style: style)
        case .function(let name, _):
            writeElement(name, style: style)
        case .largeOperator(let symbol, _):
            output += "<mo>\(XMLEscaping.escape(symbol))</mo>"
        case .scripts(let base, let sub, let sup):
            writeScripts(base: base, sub: sub, sup: sup, style: style)
        case .fraction(let numerator, let denominator, let fractionStyle, let thickness):
            writeFraction(numerator, denominator, fractionStyle: fractionStyle, thickness: thickness, style: style)
        case .root(let radicand, let index):
            writeRoot(radicand, index: index, style: style)
        case .accent(let base, let mark, let under, let stretchy):
            writeAccent(base: base, mark: mark, under: under, stretchy: stretchy, style: style)
        case .stacked(let base, let attachment, let under):
            writeStacked(base: base, attachment: attachment, under: under, style: style)
        case .fenced(let opening, let closing, let body):
            writeFenced(opening: opening, closing: closing, body: body, style: style)
        case .table(let table):
            writeTable(table)
        case .styled(let display, let body):
            writeStyled(display: display, body: body)
        case .phantom(let content):
            output += "<mphantom>"
            writeContent(content, style: style)
            output += "</mphantom>"
        }
    }

    private mutating func writeRoot(_ radicand: MathNode, index: MathNode?, style: MathStyle) {
        if let index {
            output += "<mroot>"
            writeElement(radicand, style: style)
            writeElement(index, style: .scriptScript)
            output += "</mroot>"
        } else {
            output += "<msqrt>"
            writeContent(radicand, style: style)
            output += "</msqrt>"
        }
    }

    private mutating func writeAccent(base: MathNode, mark: String, under: Bool, stretchy: Bool, style: MathStyle) {
        let isBrace = mark == "⏞" || mark == "⏟"
        let accentAttribute = isBrace ? "" : under ? " accentunder=\"true\"" : " accent=\"true\""
        output += under ? "<munder\(accentAttribute)>" : "<mover\(accentAttribute)>"
        writeElement(base, style: style)
        // A plain arrow is too large for \vec; a smaller one sits like TeX's accent.
        let size = mark == "→" && !stretchy ? " style=\"font-size:70%\"" : ""
        output += "<mo stretchy=\"\(stretchy)\"\(size)>\(XMLEscaping.escape(mark))</mo>"
        output += under ? "</munder>" : "</mover>"
    }

    private mutating func writeStacked(base: MathNode, attachment: MathNode, under: Bool, style: MathStyle) {
        output += under ? "<munder>" : "<mover>"
        writeElement(base, style: style)
        writeElement(attachment, style: style.script)
        output += under ? "</munder>" : "</mover>"
    }

    private mutating func writeFenced(opening: String?, closing: String?, body: [MathNode], style: MathStyle) {
        output += "<mrow>"
        if let opening { writeFence(opening, form: "prefix") }
        writeList(body, style: style)
        if let closing { writeFence(closing, form: "postfix") }
        output += "</mrow>"
    }

    private mutating func writeStyled(display: Bool, body: [MathNode]) {
        output += "<mstyle displaystyle=\"\(display)\" scriptlevel=\"0\">"
        writeList(body, style: display ? .display : .text)
        output += "</mstyle>"
    }

    private mutating func writeIdentifier(_ text: String, upright: Bool) {
        let variant = upright && text.count == 1 ? " mathvariant=\"normal\"" : ""
        output += "<mi\(variant)>\(XMLEscaping.escape(text))</mi>"
    }

    /// `<mtext>` with spaces made non-breaking, so the browser keeps leading and trailing ones.
    private mutating func writeText(_ text: String) {
        let spaced = String(text.map { $0 == " " ? "\u{A0}" : $0 })
        output += "<mtext>\(XMLEscaping.escape(spaced))</mtext>"
    }

    private mutating func writeSymbol(_ symbol: MathSymbol, style: MathStyle, effectiveClass: AtomClass) {
        var attributes = ""
        switch symbol.role {
        case .plain:
            if Self.inlineDelimiters.contains(symbol.text) { attributes += " stretchy=\"false\"" }
            let spaced: Set<AtomClass> = [.binary, .relation, .punctuation]
            if effectiveClass == .ordinary || (style.isScript && spaced.contains(effectiveClass)) {
                attributes += " lspace=\"0em\" rspace=\"0em\""
            }
        case .openingFence, .closingFence:
            attributes += " fence=\"true\" stretchy=\"true\""
        case .middleFence:
            attributes += " fence=\"true\" stretchy=\"true\" lspace=\"0.05em\" rspace=\"0.05em\""
        case .sized(let size):
            attributes += " fence=\"false\" stretchy=\"true\" symmetric=\"true\" minsize=\"\(size)\" maxsize=\"\(size)\""
            if effectiveClass == .ordinary { attributes += " lspace=\"0em\" rspace=\"0em\"" }
        }
        output += "<mo\(attributes)>\(XMLEscaping.escape(symbol.text))</mo>"
    }

    private mutating func writeFence(_ delimiter: String, form: String) {
        output += "<mo fence=\"true\" form=\"\(form)\" stretchy=\"true\">\(XMLEscaping.escape(delimiter))</mo>"
    }

    private mutating func writeScripts(base: MathNode, sub: MathNode?, sup: MathNode?, style: MathStyle) {
        let underOver: Bool
        switch Self.limits(of: base) {
        case .always?: underOver = true
        case .displayOnly?: underOver = style == .display
        case .never?, nil: underOver = false
        }
        let element: String
        switch (sub != nil, sup != nil) {
        case (true, true): element = underOver ? "munderover" : "msubsup"
        case (true, false): element = underOver ? "munder" : "msub"
        default: element = underOver ? "mover" : "msup"
        }
        output += "<\(element)>"
        if underOver, case .largeOperator(let symbol, _) = base {
            output += "<mo movablelimits=\"false\">\(XMLEscaping.escape(symbol))</mo>"
        } else if case .function(let name, _) = base {
            writeElement(name, style: style)
        } else {
            writeElement(base, style: style)
        }
        if let sub { writeElement(sub, style: style.script) }
        if let sup { writeElement(sup, style: style.script) }
        output += "</\(element)>"
    }

    private mutating func writeFraction(
        _ numerator: MathNode, _ denominator: MathNode, fractionStyle: FractionStyle, thickness: String?,
        style: MathStyle
    ) {
        let ownStyle: MathStyle
        switch fractionStyle {
        case .inherited: ownStyle = style
        case .display:
            ownStyle = .display
            output += "<mstyle displaystyle=\"true\" scriptlevel=\"0\">"
        case .text:
            ownStyle = .text
            output += "<mstyle displaystyle=\"false\" scriptlevel=\"0\">"
        }
        output += thickness.map { "<mfrac linethickness=\"\($0)\">" } ?? "<mfrac>"
        writeElement(numerator, style: ownStyle.fractionPart)
        writeElement(denominator, style: ownStyle.fractionPart)
        output += "</mfrac>"
        if fractionStyle != .inherited { output += "</mstyle>" }
    }

    private mutating func writeTable(_ table: MathTable) {
        let hasFences = table.opening != nil || table.closing != nil
        if hasFences { output += "<mrow>" }
        if let opening = table.opening { writeFence(opening, form: "prefix") }
        output += "<mtable displaystyle=\"\(table.displayStyle)\">"
        let cellStyle: MathStyle = table.displayStyle ? .display : .text
        for row in table.rows {
            output += "<mtr>"
            for (column, cell) in row.enumerated() {
                output += "<mtd\(Self.cellAttributes(table.alignment, column: column))>"
                writeList(cell, style: cellStyle)
                output += "</mtd>"
            }
            output += "</mtr>"
        }
        output += "</mtable>"
        if let closing = table.closing { writeFence(closing, form: "postfix") }
        if hasFences { output += "</mrow>" }
    }

    // MARK: - Classification

    /// The inline style of a table cell (MathML Core has no `columnalign`).
    private static func cellAttributes(_ alignment: MathTable.ColumnAlignment, column: Int) -> String {
        switch alignment {
        case .centered:
            return ""
        case .left:
            return column == 0 ? " style=\"text-align:left\"" : " style=\"text-align:left;padding-left:1em\""
        case .perColumn(let columns):
            switch column < columns.count ? columns[column] : "c" {
            case "l": return " style=\"text-align:left\""
            case "r": return " style=\"text-align:right\""
            default: return ""
            }
        case .alternatingRightLeft:
            if column % 2 == 1 { return " style=\"text-align:left;padding-left:0\"" }
            return column == 0
                ? " style=\"text-align:right;padding-right:0\""
                : " style=\"text-align:right;padding-right:0;padding-left:2em\""
        }
    }

    /// The TeX class of a node for spacing; `nil` for spaces, which do not take part.
    private static func atomClass(_ node: MathNode) -> AtomClass? {
        switch node {
        case .space: return nil
        case .symbol(let symbol): return symbol.atomClass
        case .function, .largeOperator: return .largeOperator
        case .scripts(let base, _, _): return atomClass(base) ?? .ordinary
        case .stacked(let base, _, _):
            if case .group(let nodes) = base, nodes.count == 1, let only = nodes.first { return atomClass(only) }
            return atomClass(base) ?? .ordinary
        case .fenced: return .inner
        default: return .ordinary
        }
    }

    /// Whether the node is a named function (possibly with scripts), followed by function application.
    private static func isNamedFunction(_ node: MathNode) -> Bool {
        switch node {
        case .function: return true
        case .scripts(let base, _, _): return isNamedFunction(base)
        default: return false
        }
    }

    /// Whether a lone node must still be wrapped in `<mrow>` (operators, to keep them ordinary).
    private static func needsRow(_ node: MathNode) -> Bool {
        if case .symbol = node { return true }
        if case .function = node { return true }
        return false
    }

    /// Where the limits of a base go, if the base is an operator.
    private static func limits(of base: MathNode) -> LimitsPlacement? {
        switch base {
        case .largeOperator(_, let limits), .function(_, let limits): return limits
        case .accent(_, let mark, _, _) where mark == "⏞" || mark == "⏟": return .always
        default: return nil
        }
    }
}
