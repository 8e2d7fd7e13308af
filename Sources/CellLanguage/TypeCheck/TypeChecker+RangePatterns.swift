/// Ranges of numbers matched against an Int or a Double (`case 1...4:`, `case (1)...x:`), decided as swiftc decides
/// them: the range operator takes two bounds of the subject's type (an integer literal may be a Double, a
/// floating-point one no Int), so a range one bound of which fits is the other bound's conversion mistake.
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
