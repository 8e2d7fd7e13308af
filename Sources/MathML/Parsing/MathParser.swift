/// Parses a LaTeX formula into `MathNode`s by recursive descent, with a bounded nesting depth.
struct MathParser {
    /// The deepest nesting of groups, arguments, `\left…\right` and environments accepted.
    static let maximumDepth = 200

    private var scanner: MathScanner
    private var depth = 0
    private var font: MathFont?

    /// Creates a parser for one formula.
    init(_ source: String) {
        scanner = MathScanner(source)
    }

    /// Parses the whole formula: a list of nodes, or a table when it has top-level `\\` or `&`.
    mutating func parseFormula() throws(MathError) -> [MathNode] {
        let rows = try parseRows(environment: nil, alignedColumns: true, beginOffset: 0)
        if rows.count == 1, let row = rows.first, row.count == 1, let cell = row.first {
            return cell
        }
        let hasColumns = rows.contains { $0.count > 1 }
        let table = MathTable(
            rows: rows, alignment: hasColumns ? .alternatingRightLeft : .centered,
            displayStyle: true, opening: nil, closing: nil
        )
        return [.table(table)]
    }

    // MARK: - Lists

    /// Parses atoms until a token that ends a list (`}`, `&`, `\\`, `\end`, `\right`, `\middle`, the end,
    /// or `]` when `stopAtBracket`), which is left unread.
    ///
    /// A `\displaystyle` or `\textstyle` switch applies to the rest of the list; each switch starts a new
    /// sibling `.styled` segment, so the tree stays flat however many switches there are.
    private mutating func parseList(stopAtBracket: Bool = false) throws(MathError) -> [MathNode] {
        var finished: [MathNode] = []
        var current: [MathNode] = []
        var currentStyle: Bool?
        func closeSegment() {
            if let currentStyle {
                finished.append(.styled(display: currentStyle, body: current))
            } else {
                finished += current
            }
            current = []
        }
        while true {
            let token = try scanner.peek()
            switch token.kind {
            case .end, .endGroup, .alignment,
                 .command("\\"), .command("end"), .command("right"), .command("middle"):
                closeSegment()
                return finished
            case .character("]") where stopAtBracket:
                closeSegment()
                return finished
            case .command("displaystyle"), .command("textstyle"):
                _ = try scanner.next()
                closeSegment()
                currentStyle = token.kind == .command("displaystyle")
            default:
                current.append(try parseAtomWithScripts())
            }
        }
    }

    /// Parses rows of cells separated by `&` and `\\`, up to `\end{environment}` (or the end of the formula
    /// when `environment` is nil). Left columns of aligned environments start with an empty group, as in TeX.
    private mutating func parseRows(
        environment: String?, alignedColumns: Bool, beginOffset: Int
    ) throws(MathError) -> [[[MathNode]]] {
        var rows: [[[MathNode]]] = []
        var row: [[MathNode]] = []
        while true {
            var cell = try parseList()
            if alignedColumns, row.count % 2 == 1 { cell.insert(.group([]), at: 0) }
            row.append(cell)
            let token = try scanner.next()
            switch token.kind {
            case .alignment:
                continue
            case .command("\\"):
                rows.append(row)
                row = []
            case .command("end") where environment != nil:
                let name = try scanner.readRawGroup(after: "end", commandOffset: token.offset)
                    .filter { !$0.isWhitespace }
                if name != environment {
                    throw scanner.error(
                        "'\\end{\(name)}' does not match '\\begin{\(environment ?? "")}'", at: token.offset)
                }
                let isTrailingEmptyRow = row.count == 1 && (row.first?.isEmpty ?? true) && !rows.isEmpty
                if !isTrailingEmptyRow { rows.append(row) }
                return rows
            case .end:
                if let environment {
                    throw scanner.error("missing '\\end{\(environment)}' for this '\\begin'", at: beginOffset)
                }
                let isTrailingEmptyRow = row.count == 1 && (row.first?.isEmpty ?? true) && !rows.isEmpty
                if !isTrailingEmptyRow { rows.append(row) }
                return rows
            default:
                throw unexpected(token)
            }
        }
    }

    /// The error for a token that ends a list where it does not belong.
    private func unexpected(_ token: MathToken) -> MathError {
        switch token.kind {
        case .endGroup: return scanner.error("unexpected '}' without a matching '{'", at: token.offset)
        case .command("right"): return scanner.error("'\\right' without '\\left'", at: token.offset)
        case .command("middle"): return scanner.error("'\\middle' without '\\left'", at: token.offset)
        case .command("end"): return scanner.error("'\\end' without '\\begin'", at: token.offset)
        case .alignment:
            return scanner.error("'&' is only allowed in an environment such as 'aligned' or 'pmatrix'", at: token.offset)
        case .command("\\"):
            return scanner.error("'\\\\' is only allowed at the top level or in an environment", at: token.offset)
        case .end: return scanner.error("unexpected end of the formula", at: token.offset)
        default: return scanner.error("unexpected token", at: token.offset)
        }
    }

    // MARK: - Atoms and scripts

    /// Parses one atom followed by any `^`, `_`, primes, `\limits` or `\nolimits`.
    private mutating func parseAtomWithScripts() throws(MathError) -> MathNode {
        let base: MathNode
        switch try scanner.peek().kind {
        case .caret, .underscore: base = .group([])
        default: base = try parseAtom(singleToken: false)
        }
        return try parseScripts(after: base)
    }

    /// Parses the scripts after `base` (kept apart from `parseAtomWithScripts` so that the frames on the
    /// recursive path of nested atoms stay small).
    private mutating func parseScripts(after atom: MathNode) throws(MathError) -> MathNode {
        var base = atom
        var sub: MathNode?
        var sup: MathNode?
        var primesOnly: MathNode?
        while true {
            let token = try scanner.peek()
            switch token.kind {
            case .caret:
                _ = try scanner.next()
                if sup != nil { throw scanner.error("double superscript", at: token.offset) }
                sup = try parseArgument(describedAs: "superscript after '^'", at: token.offset)
            case .underscore:
                _ = try scanner.next()
                if sub != nil { throw scanner.error("double subscript", at: token.offset) }
                sub = try parseArgument(describedAs: "subscript after '_'", at: token.offset)
            case .character("'"):
                if sup != nil { throw scanner.error("double superscript", at: token.offset) }
                let (primes, followedBySuperscript) = try parsePrimes()
                sup = primes
                if !followedBySuperscript, case .group(let nodes) = primes { primesOnly = nodes.first }
            case .command("limits"), .command("nolimits"):
                _ = try scanner.next()
                base = try applyLimits(token.kind == .command("limits"), to: base, at: token.offset)
            default:
                if sub == nil, sup == nil { return base }
                // Math fonts draw ′ already raised; as a superscript it would float too high.
                if sub == nil, let primesOnly { return .group([base, primesOnly]) }
                return .scripts(base: base, sub: sub, sup: sup)
            }
        }
    }

    /// Primes (`'`, `''`, …) and a directly following `^{…}`, as one superscript group; also tells whether
    /// a `^` followed.
    private mutating func parsePrimes() throws(MathError) -> (MathNode, Bool) {
        var primes = ""
        while case .character("'") = try scanner.peek().kind {
            _ = try scanner.next()
            primes.append("′")
        }
        var parts: [MathNode] = [.symbol(MathSymbol(text: primes, atomClass: .ordinary))]
        let after = try scanner.peek()
        guard after.kind == .caret else { return (.group(parts), false) }
        _ = try scanner.next()
        let argument = try parseArgument(describedAs: "superscript after '^'", at: after.offset)
        if case .group(let nodes) = argument { parts += nodes } else { parts.append(argument) }
        return (.group(parts), true)
    }

    /// `base` with its limits placement changed by `\limits` (or `\nolimits`).
    private func applyLimits(_ limits: Bool, to base: MathNode, at offset: Int) throws(MathError) -> MathNode {
        let placement: LimitsPlacement = limits ? .always : .never
        switch base {
        case .largeOperator(let symbol, _): return .largeOperator(symbol, limits: placement)
        case .function(let name, _): return .function(name, limits: placement)
        default:
            throw scanner.error("'\\\(limits ? "limits" : "nolimits")' must follow an operator such as '\\sum'", at: offset)
        }
    }

    /// Parses a mandatory argument: a braced group or a single token, always returned as a `.group`.
    private mutating func parseArgument(describedAs description: String, at offset: Int) throws(MathError) -> MathNode {
        let token = try scanner.peek()
        switch token.kind {
        case .beginGroup:
            return try parseAtom(singleToken: true)
        case .end, .endGroup, .alignment, .caret, .underscore,
             .command("\\"), .command("end"), .command("right"), .command("middle"):
            throw scanner.error("missing \(description)", at: token.offset)
        default:
            return .group([try parseAtom(singleToken: true)])
        }
    }

    /// Parses one atom. With `singleToken`, digits are read one at a time (`\frac12`), as in TeX.
    /// Every recursive descent passes through here, so this is where the nesting depth is counted.
    private mutating func parseAtom(singleToken: Bool) throws(MathError) -> MathNode {
        try enter(at: try scanner.peek().offset)
        defer { depth -= 1 }
        let token = try scanner.next()
        switch token.kind {
        case .beginGroup:
            return try parseGroup(openedAt: token.offset)
        case .character(let character):
            return try parseCharacter(character, at: token.offset, singleToken: singleToken)
        case .command(let name):
            return try parseCommand(name, at: token.offset)
        case .endGroup, .alignment, .end, .caret, .underscore:
            throw unexpected(token)
        }
    }

    /// The rest of a braced group, after its `{`.
    private mutating func parseGroup(openedAt offset: Int) throws(MathError) -> MathNode {
        let nodes = try parseList()
        let close = try scanner.next()
        guard close.kind == .endGroup else {
            if close.kind == .end { throw scanner.error("missing '}' to close this '{'", at: offset) }
            throw unexpected(close)
        }
        return .group(nodes)
    }

    /// An atom for a character typed in the formula.
    private mutating func parseCharacter(
        _ character: Character, at offset: Int, singleToken: Bool
    ) throws(MathError) -> MathNode {
        if character.isLetter {
            var text = String(font?.map(character) ?? character)
            if font == .roman, !singleToken {
                while let next = try? scanner.peek(), case .character(let letter) = next.kind, letter.isLetter {
                    _ = try scanner.next()
                    text.append(letter)
                }
            }
            let upright = font?.isUpright ?? false
            return .identifier(text, upright: upright)
        }
        if let ascii = character.asciiValue, ascii >= 48, ascii <= 57 {
            var digits = String(character)
            if !singleToken { digits += readDigits() }
            return .number(String(digits.map { font?.map($0) ?? $0 }))
        }
        switch character {
        case "-": return .symbol(MathSymbol(text: "−", atomClass: .binary))
        case "*": return .symbol(MathSymbol(text: "∗", atomClass: .binary))
        case "'": return .symbol(MathSymbol(text: "′", atomClass: .ordinary))
        case "~": return .space("0.3333em")
        case "%": throw scanner.error("'%' starts a comment in LaTeX; write '\\%' for a percent sign", at: offset)
        case "#": throw scanner.error("write '\\#' for a '#' sign", at: offset)
        case "$": throw scanner.error("unexpected '$' inside a formula", at: offset)
        default:
            if character.isNumber { return .number(String(character)) }
            return .symbol(MathSymbol(text: String(character), atomClass: SymbolTable.atomClass(of: character)))
        }
    }

    /// The digits (and one decimal separator followed by a digit) continuing a number. The separator is a point
    /// or the Italian/European decimal comma written `{,}` (as in `8{,}8`, where braces keep TeX from spacing
    /// the comma as punctuation): either way the number stays one `<mn>`.
    private mutating func readDigits() -> String {
        var digits = ""
        var seenPoint = false
        let characters = scanner.characters
        var position = scanner.position
        while position < characters.count {
            let character = characters[position]
            if let ascii = character.asciiValue, ascii >= 48, ascii <= 57 {
                digits.append(character)
                position += 1
            } else if character == ".", !seenPoint, position + 1 < characters.count,
                      let ascii = characters[position + 1].asciiValue, ascii >= 48, ascii <= 57 {
                seenPoint = true
                digits.append(character)
                position += 1
            } else if character == "{", !seenPoint, position + 3 < characters.count, characters[position + 1] == ",",
                      characters[position + 2] == "}", let ascii = characters[position + 3].asciiValue,
                      ascii >= 48, ascii <= 57 {
                seenPoint = true
                digits.append(",")
                position += 3
            } else {
                break
            }
        }
        scanner.skip(position - scanner.position)
        return digits
    }

    // MARK: - Commands

    /// An atom for a command. A thin dispatcher: each construct has its own function, so the frames on the
    /// recursive path stay small (deep nesting must fit in a secondary thread's stack, even in debug builds).
    private mutating func parseCommand(_ name: String, at offset: Int) throws(MathError) -> MathNode {
        switch name {
        case "frac", "dfrac", "tfrac", "cfrac": return try parseFraction(name, at: offset)
        case "binom", "dbinom", "tbinom": return try parseBinomial(name, at: offset)
        case "sqrt": return try parseRoot(at: offset)
        case "left": return try parseFenced(at: offset)
        case "begin": return try parseEnvironment(at: offset)
        case "operatorname": return try parseOperatorName(at: offset)
        case "not": return try parseNegation(at: offset)
        case "overset", "underset", "stackrel": return try parseStacked(name, at: offset)
        case "phantom": return .phantom(try parseArgument(describedAs: "argument for '\\phantom'", at: offset))
        default: break
        }
        if SymbolTable.fonts[name] != nil { return try parseFontArgument(name, at: offset) }
        if SymbolTable.accents[name] != nil { return try parseAccent(name, at: offset) }
        return try parseLeafCommand(name, at: offset)
    }

    /// `\frac`, `\dfrac`, `\tfrac`, `\cfrac`.
    private mutating func parseFraction(_ name: String, at offset: Int) throws(MathError) -> MathNode {
        let numerator = try parseArgument(describedAs: "numerator for '\\\(name)'", at: offset)
        let denominator = try parseArgument(describedAs: "denominator for '\\\(name)'", at: offset)
        let style: FractionStyle = name == "dfrac" || name == "cfrac" ? .display : name == "tfrac" ? .text : .inherited
        return .fraction(numerator: numerator, denominator: denominator, style: style, thickness: nil)
    }

    /// `\binom`, `\dbinom`, `\tbinom`: a fraction without a bar between stretchy parentheses.
    private mutating func parseBinomial(_ name: String, at offset: Int) throws(MathError) -> MathNode {
        let top = try parseArgument(describedAs: "first argument for '\\\(name)'", at: offset)
        let bottom = try parseArgument(describedAs: "second argument for '\\\(name)'", at: offset)
        let style: FractionStyle = name == "dbinom" ? .display : name == "tbinom" ? .text : .inherited
        let fraction = MathNode.fraction(numerator: top, denominator: bottom, style: style, thickness: "0")
        return .fenced(opening: "(", closing: ")", body: [fraction])
    }

    /// `\sqrt{…}` and `\sqrt[n]{…}`.
    private mutating func parseRoot(at offset: Int) throws(MathError) -> MathNode {
        var index: MathNode?
        if let open = scanner.consumeCharacter("[") {
            let nodes = try parseList(stopAtBracket: true)
            guard scanner.consumeCharacter("]") != nil else {
                throw scanner.error("missing ']' to close this '['", at: open)
            }
            index = .group(nodes)
        }
        let radicand = try parseArgument(describedAs: "argument for '\\sqrt'", at: offset)
        return .root(radicand, index: index)
    }

    /// `\overset`, `\underset`, `\stackrel`.
    private mutating func parseStacked(_ name: String, at offset: Int) throws(MathError) -> MathNode {
        let attachment = try parseArgument(describedAs: "first argument for '\\\(name)'", at: offset)
        let base = try parseArgument(describedAs: "second argument for '\\\(name)'", at: offset)
        return .stacked(base: base, attachment: attachment, under: name == "underset")
    }

    /// `\mathbf{…}` and the other alphabets: the argument parsed with the font applied to its letters.
    private mutating func parseFontArgument(_ name: String, at offset: Int) throws(MathError) -> MathNode {
        let saved = font
        font = SymbolTable.fonts[name]
        defer { font = saved }
        return try parseArgument(describedAs: "argument for '\\\(name)'", at: offset)
    }

    /// `\hat{…}` and the other accents.
    private mutating func parseAccent(_ name: String, at offset: Int) throws(MathError) -> MathNode {
        let base = try parseArgument(describedAs: "argument for '\\\(name)'", at: offset)
        let (mark, under, stretchy) = SymbolTable.accents[name] ?? ("", false, false)
        return .accent(base: base, mark: mark, under: under, stretchy: stretchy)
    }

    /// Commands that do not nest: symbols, letters, functions, spaces, text, sized delimiters, misplaced
    /// structural commands, and unknown commands.
    private mutating func parseLeafCommand(_ name: String, at offset: Int) throws(MathError) -> MathNode {
        switch name {
        case "right", "middle", "end", "\\":
            throw unexpected(MathToken(kind: .command(name), offset: offset))
        case "text", "textrm", "textnormal", "textup", "mbox":
            return .text(try scanner.readRawGroup(after: name, commandOffset: offset))
        case "limits", "nolimits":
            throw scanner.error("'\\\(name)' must follow an operator such as '\\sum'", at: offset)
        case "displaystyle", "textstyle":
            throw scanner.error("'\\\(name)' must be inside a group here, e.g. '{\\\(name) …}'", at: offset)
        default:
            break
        }
        if let (size, atomClass) = SymbolTable.bigDelimiters[name] {
            let delimiter = try parseDelimiter(after: name)
            return .symbol(MathSymbol(text: delimiter, atomClass: atomClass, role: .sized(size)))
        }
        if let (letter, upright) = SymbolTable.greek[name] {
            let mapped = String(letter.map { font?.map($0) ?? $0 })
            // A letter mapped to a math alphabet carries its own style; only plain code points need the hint.
            return .identifier(mapped, upright: mapped == letter && (upright || (font?.isUpright ?? false)))
        }
        if let letter = SymbolTable.letterLike[name] {
            return .identifier(letter, upright: true)
        }
        if let (text, atomClass) = SymbolTable.operators[name] {
            return .symbol(MathSymbol(text: text, atomClass: atomClass))
        }
        if let (symbol, limits) = SymbolTable.largeOperators[name] {
            return .largeOperator(symbol, limits: limits ? .displayOnly : .never)
        }
        if let (functionName, limits) = SymbolTable.functions[name] {
            return .function(.identifier(functionName, upright: true), limits: limits ? .displayOnly : .never)
        }
        if let width = SymbolTable.spaces[name] {
            return .space(width)
        }
        throw scanner.error("unknown command '\\\(name)'", at: offset)
    }

    /// `\operatorname{…}`: its letters and digits become one upright identifier.
    private mutating func parseOperatorName(at offset: Int) throws(MathError) -> MathNode {
        let starred = scanner.consumeCharacter("*") != nil
        let saved = font
        font = .roman
        defer { font = saved }
        let argument = try parseArgument(describedAs: "argument for '\\operatorname'", at: offset)
        var nodes: [MathNode] = []
        if case .group(let list) = argument { nodes = list } else { nodes = [argument] }
        var name = ""
        var isPlain = true
        for node in nodes {
            switch node {
            case .identifier(let text, _), .number(let text): name += text
            case .symbol(let symbol) where symbol.text == "−" || symbol.text == "∗": name += symbol.text
            default: isPlain = false
            }
        }
        let limits: LimitsPlacement = starred ? .displayOnly : .never
        if isPlain, !name.isEmpty {
            return .function(.identifier(name, upright: true), limits: limits)
        }
        return .function(.group(nodes), limits: limits)
    }

    /// `\not` before a relation: the negated symbol.
    private mutating func parseNegation(at offset: Int) throws(MathError) -> MathNode {
        let next = try parseAtom(singleToken: true)
        guard case .symbol(let symbol) = next else {
            throw scanner.error("'\\not' must be followed by a relation such as '=' or '\\in'", at: offset)
        }
        let negated: [String: String] = ["=": "≠", "∈": "∉", "⊂": "⊄", "⊃": "⊅", "≡": "≢", "<": "≮", ">": "≯",
                                         "≤": "≰", "≥": "≱", "∼": "≁", "≈": "≉", "⊆": "⊈", "⊇": "⊉"]
        let text = negated[symbol.text] ?? symbol.text + "\u{338}"
        return .symbol(MathSymbol(text: text, atomClass: symbol.atomClass))
    }

    /// The delimiter after `\left`, `\right`, `\middle` or `\big`: its character, `""` for `.`.
    private mutating func parseDelimiter(after command: String) throws(MathError) -> String {
        let token = try scanner.next()
        let key: String
        switch token.kind {
        case .character(let character): key = String(character)
        case .command(let name): key = "\\" + name
        case .beginGroup: key = "{"
        default: key = ""
        }
        guard let delimiter = SymbolTable.delimiters[key] else {
            let shown = key.isEmpty ? "nothing" : "'\(key)'"
            throw scanner.error("'\\\(command)' must be followed by a delimiter such as '(' or '.', not \(shown)",
                                at: token.offset)
        }
        return delimiter
    }

    /// `\left … \middle … \right`.
    private mutating func parseFenced(at offset: Int) throws(MathError) -> MathNode {
        let opening = try parseDelimiter(after: "left")
        var body: [MathNode] = []
        while true {
            body += try parseList()
            let token = try scanner.next()
            switch token.kind {
            case .command("middle"):
                let middle = try parseDelimiter(after: "middle")
                body.append(.symbol(MathSymbol(text: middle, atomClass: .opening, role: .middleFence)))
            case .command("right"):
                let closing = try parseDelimiter(after: "right")
                return .fenced(opening: opening.isEmpty ? nil : opening, closing: closing.isEmpty ? nil : closing,
                               body: body)
            case .end:
                throw scanner.error("missing '\\right' for this '\\left'", at: offset)
            default:
                throw unexpected(token)
            }
        }
    }

    /// `\begin{name} … \end{name}` for the matrix, cases and alignment environments.
    private mutating func parseEnvironment(at offset: Int) throws(MathError) -> MathNode {
        let name = try scanner.readRawGroup(after: "begin", commandOffset: offset).filter { !$0.isWhitespace }
        let table: MathTable
        if let (opening, closing) = Self.matrixFences[name] {
            let rows = try parseRows(environment: name, alignedColumns: false, beginOffset: offset)
            table = MathTable(rows: rows, alignment: .centered, displayStyle: false, opening: opening, closing: closing)
        } else if name == "cases" {
            let rows = try parseRows(environment: name, alignedColumns: false, beginOffset: offset)
            table = MathTable(rows: rows, alignment: .left, displayStyle: false, opening: "{", closing: nil)
        } else if ["aligned", "align", "align*", "split", "alignat", "alignedat"].contains(name) {
            let rows = try parseRows(environment: name, alignedColumns: true, beginOffset: offset)
            table = MathTable(rows: rows, alignment: .alternatingRightLeft, displayStyle: true, opening: nil, closing: nil)
        } else if name == "array" {
            let columns = try parseColumnSpecification(at: offset)
            let rows = try parseRows(environment: name, alignedColumns: false, beginOffset: offset)
            table = MathTable(rows: rows, alignment: .perColumn(columns), displayStyle: false, opening: nil, closing: nil)
        } else if ["gathered", "gather", "gather*", "equation", "equation*"].contains(name) {
            let rows = try parseRows(environment: name, alignedColumns: false, beginOffset: offset)
            table = MathTable(rows: rows, alignment: .centered, displayStyle: true, opening: nil, closing: nil)
        } else {
            throw scanner.error("unknown environment '\(name)'", at: offset)
        }
        return .table(table)
    }

    /// The `{lcr}` column specification after `\begin{array}`.
    private mutating func parseColumnSpecification(at offset: Int) throws(MathError) -> [Character] {
        let specification = try scanner.readRawGroup(after: "begin{array}", commandOffset: offset)
        var columns: [Character] = []
        for character in specification where !character.isWhitespace {
            switch character {
            case "l", "c", "r":
                columns.append(character)
            case "|":
                throw scanner.error("vertical rules ('|') in 'array' are not supported", at: offset)
            default:
                throw scanner.error("unknown column type '\(character)' in 'array' (use l, c or r)", at: offset)
            }
        }
        return columns
    }

    /// Matrix environments and the delimiters drawn around them.
    private static let matrixFences: [String: (String?, String?)] = [
        "matrix": (nil, nil), "pmatrix": ("(", ")"), "bmatrix": ("[", "]"), "Bmatrix": ("{", "}"),
        "vmatrix": ("|", "|"), "Vmatrix": ("‖", "‖"), "smallmatrix": (nil, nil),
    ]

    /// Counts one more level of nesting, failing past `maximumDepth`.
    private mutating func enter(at offset: Int) throws(MathError) {
        depth += 1
        if depth > Self.maximumDepth {
            depth -= 1
            throw scanner.error("formula nested too deeply (more than \(Self.maximumDepth) levels)", at: offset)
        }
    }
}
