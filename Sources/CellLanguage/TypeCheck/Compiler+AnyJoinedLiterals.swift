/// `xs + ["s", 2]`, `xs + [2.5]` with `xs: [Int]` and no contextual type: swiftc joins the array with a literal whose
/// elements its element type cannot hold as an `[Any]` (the array's elements held as `Any`), as it joins `["s", 2] + xs`
/// (`Compiler.anyArrayConcatenation`). The checker and the generator both type the literal by this rule
/// (`TypeChecker.operands`, `Compiler.compileOperands`).
extension Compiler {
    /// `[Any]` when `literal`, the right operand of `+` beside a left operand of type `left` (an array of plain values)
    /// without a contextual type, is an array literal of plain literals one of which that array's element type cannot
    /// take; nil otherwise (the literal takes the left operand's type).
    func anyJoinedLiteralContext(_ op: String, _ left: CType?, _ literal: Expr, context: CType?) -> CType? {
        let any = CType.user(anyType)
        guard op == "+", case .array(let element)? = left, Self.literalElementTypes.contains(element) || element.isAnyInteger,
              context == nil || context == any || context == .array(any),
              case .array(let items) = literal.kind, !items.isEmpty else { return nil }
        var fits = true
        for item in items {
            guard let kinds = Self.plainLiteralTypes(item) else { return nil }
            if !kinds.contains(element) && !(element.isAnyInteger && kinds.contains(.int)) { fits = false }
        }
        return fits ? nil : .array(any)
    }

    /// The element types of arrays whose literals this rule judges.
    private static let literalElementTypes: Set<CType> = [.int, .double, .string, .bool, .character, .substring, .unicodeScalar]

    /// The types a plain literal may take (an integer literal a Double too, a one-character text a Character); nil for
    /// any other expression.
    private static func plainLiteralTypes(_ expr: Expr) -> Set<CType>? {
        switch expr.kind {
        case .boolLiteral: return [.bool]
        case .stringLiteral(let parts):
            guard isPlainTextLiteral(expr) else { return [.string, .substring] }
            let text = parts.map { if case .text(let piece) = $0 { piece } else { "" } }.joined()
            var types: Set<CType> = [.string, .substring]
            if text.count == 1 { types.insert(.character) }
            if text.unicodeScalars.count == 1 { types.insert(.unicodeScalar) }
            return types
        default:
            guard expr.isNumericLiteral else { return nil }
            return expr.containsFloatLiteral ? [.double] : [.int, .double]
        }
    }
}
