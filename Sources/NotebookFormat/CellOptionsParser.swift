import Diagnostics

/// Reads the `//| key: value` lines at the top of a cell and checks every key and value.
enum CellOptionsParser {
    /// The parsed options and how many leading lines they took, or every problem found.
    struct Result {
        var options: CellOptions
        var lineCount: Int
        var errors: [Diagnostic]
    }

    /// Parses the option lines of a cell whose first line is notebook line `firstLine`.
    static func parse(code: String, firstLine: Int, columnOffset: Int) -> Result {
        var options = CellOptions()
        var errors: [Diagnostic] = []
        var seen: Set<String> = []
        var count = 0
        for (index, rawLine) in code.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingTrailingSpaces
            let indent = line.prefix(while: { $0 == " " || $0 == "\t" }).count
            let body = line.dropFirst(indent)
            guard body.hasPrefix("//|") else { break }
            count += 1
            let lineNumber = firstLine + index
            let afterMarker = body.dropFirst(3)
            let keyStart = afterMarker.prefix(while: { $0 == " " }).count
            let column = columnOffset + indent + 3 + keyStart + 1
            let text = afterMarker.dropFirst(keyStart)
            guard let colon = text.firstIndex(of: ":") else {
                errors.append(.error("cell option must be written 'key: value'", at: SourceLocation(line: lineNumber, column: column)))
                continue
            }
            let key = String(text[..<colon]).trimmingCharacters(in: " ")
            let valueText = text[text.index(after: colon)...]
            let valueColumn = column + text.distance(from: text.startIndex, to: colon) + 1
                + valueText.prefix(while: { $0 == " " }).count
            var value = String(valueText).trimmingCharacters(in: " ")
            let at = SourceLocation(line: lineNumber, column: column)
            let valueAt = SourceLocation(line: lineNumber, column: valueColumn)
            guard CellOptions.names.contains(key) else {
                let notes = NameSuggester.suggestion(for: key, among: CellOptions.names).map { ["did you mean '\($0)'?"] }
                    ?? ["known options: " + CellOptions.names.joined(separator: ", ")]
                errors.append(.error("unknown cell option '\(key)'", at: at, notes: notes))
                continue
            }
            guard seen.insert(key).inserted else {
                errors.append(.error("cell option '\(key)' is given twice", at: at))
                continue
            }
            if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
                value = String(value.dropFirst().dropLast())
            }
            func flag() -> Bool? {
                switch value {
                case "true": return true
                case "false": return false
                default:
                    errors.append(.error("cell option '\(key)' must be true or false, not '\(value)'", at: valueAt))
                    return nil
                }
            }
            switch key {
            case "echo": options.echo = flag() ?? options.echo
            case "eval": options.eval = flag() ?? options.eval
            case "output": options.output = flag() ?? options.output
            case "error": options.error = flag() ?? options.error
            case "live": options.live = flag()
            case "label":
                if isValidLabel(value) { options.label = value } else {
                    errors.append(.error("cell label '\(value)' must start with a letter and use only letters, digits, '-' and '_'", at: valueAt))
                }
            case "caption":
                if value.isEmpty { errors.append(.error("cell option 'caption' needs a text", at: valueAt)) }
                else { options.caption = value }
            case "timeout":
                if let seconds = Double(value), seconds > 0, seconds.isFinite { options.timeout = seconds } else {
                    errors.append(.error("cell option 'timeout' must be a positive number of seconds, not '\(value)'", at: valueAt))
                }
            default:
                break
            }
        }
        return Result(options: options, lineCount: count, errors: errors)
    }

    private static func isValidLabel(_ label: String) -> Bool {
        guard let first = label.unicodeScalars.first, first.properties.isAlphabetic else { return false }
        return label.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }
    }
}

extension String {
    /// The string without leading and trailing occurrences of `character`.
    func trimmingCharacters(in character: Character) -> String {
        var slice = Substring(self)
        while slice.first == character { slice = slice.dropFirst() }
        while slice.last == character { slice = slice.dropLast() }
        return String(slice)
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and newlines.
    var trimmingWhitespace: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
