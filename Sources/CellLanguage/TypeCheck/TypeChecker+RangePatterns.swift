/// Ranges of numbers matched against an Int or a Double (`case 1...4:`, `case (1)...x:`), decided as swiftc decides
/// them: the range operator takes two bounds of the subject's type (an integer literal may be a Double, a
/// floating-point one no Int), so a range one bound of which fits is the other bound's conversion mistake; a range
/// of texts (`case "a"..."z":`, `case "a"...4.5:`) is the whole pattern's mistake.
extension TypeChecker {
    /// `case lower op upper:` against a value of type `subject` (an Int or a Double) with exactly one bound of the
    /// subject's type: swiftc's `cannot convert value of type 'String' to expected argument type 'Int'` at the other
    /// bound (the bounds are then checked alone); false (nothing checked) otherwise.
    func reportsNumberRangePattern(_ lower: Expr, _ upper: Expr, _ subject: CType) -> Bool {
        guard subject == .int || subject == .double else { return false }
        let mark = beginTrial()
        let bounds = [lower, upper].map { rangeBound($0, subject) }
        rollback(to: mark)
        guard let first = bounds[0], let second = bounds[1], first.fits != second.fits,
              [first.type, second.type].allSatisfy({ isClosed($0) || Self.isClosedTuple($0) }) else { return false }
        let (type, bound) = first.fits ? (second.type, upper) : (first.type, lower)
        check(lower, expected: nil)
        check(upper, expected: nil)
        report(.argumentType(type, expected: subject), at: bound.conversionLocation)
        return true
    }

    /// `case lower op upper:` against an Int or a Double with text bounds: both Strings (or both Characters) make a
    /// `ClosedRange<String>` (`Range<String>`), swiftc's `expression pattern of type 'ClosedRange<String>' cannot match
    /// values of type 'Int'` (a string literal beside a Character is one); bounds of two types its `conflicting
    /// arguments to generic parameter 'Self' ('String' vs. 'Double')`, the values' types before a literal's; both at
    /// the operator. False (nothing
    /// checked) otherwise.
    func reportsTextRangePattern(_ op: String, _ lower: Expr, _ upper: Expr, _ subject: CType,
                                 at operatorLocation: SourceLocation) -> Bool {
        guard subject == .int || subject == .double else { return false }
        let mark = beginTrial()
        let bounds = [lower, upper].map(textRangeBound)
        rollback(to: mark)
        guard let first = bounds[0], let second = bounds[1] else { return false }
        let types = [first.type, second.type]
        let mistake: CompileError
        // A string literal beside a Character value is a Character (`case ch..."z":`).
        let text: CType? = first.type == second.type ? first.type
            : Set(types) == [.string, .character] && (first.type == .string ? first.isLiteral : second.isLiteral) ? .character : nil
        if let text, text == .string || text == .character {
            mistake = .patternType(.native("\(op == "..." ? "ClosedRange" : "Range")<\(text)>"), subject: subject)
        } else if first.type != second.type {
            // The values' types first, in order; of two literals, the String's.
            let ordered = first.isLiteral && second.isLiteral ? [CType.string, .double]
                : second.isLiteral || !first.isLiteral ? types : types.reversed()
            mistake = .conflictingGenericArguments(ordered[0], ordered[1], parameter: "Self")
        } else {
            return false
        }
        check(lower, expected: nil)
        check(upper, expected: nil)
        report(mistake, at: operatorLocation)
        return true
    }

    /// A bound's type alone for `reportsTextRangePattern`: a String for a plain string literal, a Double for a
    /// floating-point literal, else the checked type of a String, Character or Double value (nil for anything else).
    private func textRangeBound(_ bound: Expr) -> (type: CType, isLiteral: Bool)? {
        if case .stringLiteral(let parts) = bound.kind, parts.allSatisfy({ if case .text = $0 { true } else { false } }) {
            return (.string, true)
        }
        if bound.isNumericLiteral { return bound.containsFloatLiteral ? (.double, true) : nil }
        guard let type = check(bound, expected: nil), [.string, .character, .double].contains(type) else { return nil }
        return (type, false)
    }

    /// A range bound's type alone (a number literal's default type) and whether it fits a range of `subject`s.
    private func rangeBound(_ bound: Expr, _ subject: CType) -> (type: CType, fits: Bool)? {
        if bound.isNumericLiteral {
            let float = bound.containsFloatLiteral
            return (float ? .double : .int, subject == .double || !float)
        }
        guard let type = check(bound, expected: nil), !type.hasError else { return nil }
        return (type, type == subject)
    }

    /// Whether `type` is a tuple of closed types (`(1, 2)` as a bound).
    private static func isClosedTuple(_ type: CType) -> Bool {
        guard case .tuple(let elements) = type else { return false }
        return elements.allSatisfy { [.int, .double, .string, .bool, .character].contains($0.type) }
    }
}
