import Diagnostics
import SwiftSyntax

/// The expression kinds `lowerExpr` lowers in more than a few lines, one function each.
extension Lowering {

    /// A dictionary literal.
    func lowerDictionary(_ node: DictionaryExprSyntax, at: SourceLocation) -> Expr {
        switch node.content {
        case .colon:
            return Expr(.dictionary([]), at: at)
        case .elements(let elements):
            return Expr(.dictionary(elements.map { (lowerExpr($0.key), lowerExpr($0.value)) }), at: at)
        }
    }

    /// A subscript (`a[i]`), at its `[`.
    func lowerSubscript(_ node: SubscriptCallExprSyntax, at: SourceLocation) -> Expr {
        // At the label, as a call's (swiftc reports an argument out of order or missing before it there).
        let arguments = node.arguments.map {
            Argument(label: $0.label?.text, value: lowerExpr($0.expression), location: loc($0))
        }
        reportedTokens[loc(node.leftSquare)] = loc(node.rightSquare)
        let base = lowerExpr(node.calledExpression)
        if node.arguments.count == 1, arguments[0].label == "keyPath",
           let written = node.arguments.first?.expression.as(KeyPathExprSyntax.self) {
            // `xs[keyPath: \.count]`: the key path written there read on the value (`xs.count`).
            let read = keyPathChain(written, on: base) ?? Expr(.invalid, at: loc(node.leftSquare))
            keyPathReads[read] = loc(node.leftSquare)
            return read
        }
        if arguments.count == 1, arguments[0].label == "keyPath" {
            // `p[keyPath: k]`: the key path (a function, `lowerKeyPath`) called on the value; read only.
            let read = Expr(.call(arguments[0].value, [Argument(label: nil, value: base, location: base.location)]), at: loc(node.leftSquare))
            keyPathReads[read] = loc(node.leftSquare)
            return read
        }
        return Expr(.subscriptAccess(base, arguments), at: loc(node.leftSquare))
    }

    /// A call, with its trailing closures and the positions of its parentheses.
    func lowerCall(_ node: FunctionCallExprSyntax, at: SourceLocation) -> Expr {
        var arguments = node.arguments.map {
            Argument(label: $0.label?.text, value: lowerExpr($0.expression), location: loc($0))
        }
        if let trailing = node.trailingClosure {
            arguments.append(Argument(label: nil, value: lowerClosure(trailing), location: loc(trailing),
                                      isTrailingClosure: true))
        }
        for extra in node.additionalTrailingClosures {
            arguments.append(Argument(label: extra.label.text, value: lowerClosure(extra.closure),
                                      location: loc(extra.closure), isTrailingClosure: true))
        }
        let call = Expr(.call(lowerExpr(node.calledExpression), arguments), at: at)
        if let close = node.rightParen, close.presence == .present { call.closingLocation = loc(close) }
        if let open = node.leftParen { call.openingLocation = loc(open) }
        return call
    }

    /// A tuple (or a parenthesized expression).
    func lowerTuple(_ node: TupleExprSyntax, at: SourceLocation) -> Expr {
        let elements = node.elements.map {
            Argument(label: $0.label?.text, value: lowerExpr($0.expression), location: loc($0))
        }
        if elements.count == 1, elements[0].label == nil {
            return elements[0].value
        }
        return Expr(.tuple(elements), at: at)
    }

    /// A postfix operator: a one-sided range `a...` or a declared postfix operator.
    func lowerPostfixOperator(_ node: PostfixOperatorExprSyntax, at: SourceLocation) -> Expr {
        if node.operator.text == "..." {
            // `a...`: a one-sided range, kept as a prefix node with its own operator name.
            return Expr(.prefix(Expr.postfixRange, lowerExpr(node.expression)), at: loc(node.operator))
        }
        if operators.postfix.contains(node.operator.text) {
            let operand = lowerExpr(node.expression)
            // swiftc reports a constant operand of an `inout` operator function at the operator.
            if reportedTokens[at] == nil { reportedTokens[at] = loc(node.operator) }
            return Expr(.prefix(Expr.postfixOperatorPrefix + node.operator.text, operand), at: at)
        }
        error(.unsupported(.postfixOperator, node.operator.text), node.operator)
        return Expr(.invalid, at: at)
    }

    /// A prefix operator (a negative literal folds into the literal).
    func lowerPrefixOperator(_ node: PrefixOperatorExprSyntax, at: SourceLocation) -> Expr {
        let op = node.operator.text
        let operand = lowerExpr(node.expression)
        if op == "-" {
            if case .intLiteral(let value) = operand.kind {
                guard let large = operand.largeLiteral else { return Expr(.intLiteral(-value), at: at) }
                // `-9223372036854775808` is Int.min; any other negated large literal keeps its text (an error).
                if large.fitsUInt64, value == Int.min { return Expr(.intLiteral(Int.min), at: at) }
                let literal = Expr(.intLiteral(0), at: at)
                literal.largeLiteral = ("-" + large.text, false)
                return literal
            }
            if case .floatLiteral(let value) = operand.kind {
                let literal = Expr(.floatLiteral(-value), at: at)
                literal.largeLiteral = operand.largeLiteral.map { ("-" + $0.text, false) }
                return literal
            }
        }
        return Expr(.prefix(op, operand), at: at)
    }

    /// A name (`x`, or `$0` inside a closure without named parameters).
    func lowerDeclReference(_ node: DeclReferenceExprSyntax, at: SourceLocation) -> Expr {
        let name = node.baseName.text
        if case .dollarIdentifier = node.baseName.tokenKind, let index = Int(name.dropFirst()) {
            if anonymousCounts.isEmpty {
                error(.anonymousArgumentOutsideClosure, node)
                return Expr(.invalid, at: at)
            }
            if let names = closureParameterNames.last ?? nil {
                // swiftc suggests the written parameter in that position.
                error(.anonymousArgumentWithExplicitParameters(suggestion: index < names.count ? names[index] : nil), node)
                return Expr(.invalid, at: at)
            }
            anonymousCounts[anonymousCounts.count - 1] = max(anonymousCounts[anonymousCounts.count - 1], index + 1)
        }
        if let arguments = node.argumentNames {
            unsupported(.functionReferenceWithLabels, arguments)
        }
        if name == "Self", case .keyword = node.baseName.tokenKind, let selfType = selfTypes.last ?? nil, let value = selfType.valueName {
            // A nested type's name is a member chain (`Outer.Inner`), as written out.
            let parts = value.split(separator: ".").map(String.init)
            return parts.dropFirst().reduce(Expr(.name(parts[0]), at: at)) { Expr(.member($0, $1, at), at: at) }
        }
        return Expr(.name(name), at: at)
    }

    /// A floating-point literal.
    func lowerFloatLiteral(_ node: FloatLiteralExprSyntax, at: SourceLocation) -> Expr {
        let text = node.literal.text.replacingOccurrences(of: "_", with: "")
        guard let value = Double(text) else {
            // Unreachable in practice: a literal `Double` cannot read is a parse error, reported instead.
            unsupported(.floatingPointLiteral, text, node)
            return Expr(.invalid, at: at)
        }
        let literal = Expr(.floatLiteral(value), at: at)
        literal.largeLiteral = (text, false)  // as swiftc's conversion errors write it (`'9.3e18' overflows 'Int'`)
        return literal
    }

    /// An integer literal (binary, octal, hexadecimal; one too large for an `Int` keeps its text).
    func lowerIntegerLiteral(_ node: IntegerLiteralExprSyntax, at: SourceLocation) -> Expr {
        let written = node.literal.text
        let text = written.utf8.contains(UInt8(ascii: "_")) ? String(written.filter { $0 != "_" }) : written
        let radix: Int? = switch text.prefix(2) {
        case "0x": 16
        case "0b": 2
        case "0o": 8
        default: nil
        }
        let digits = radix == nil ? Substring(text) : text.dropFirst(2)
        guard let value = Int(digits, radix: radix ?? 10) else {
            // Too large for an Int: a UInt64 (or an error naming the type expected, when compiled).
            let unsigned = UInt(digits, radix: radix ?? 10)
            let literal = Expr(.intLiteral(unsigned.map { Int(bitPattern: $0) } ?? 0), at: at)
            literal.largeLiteral = (unsigned.map { String($0) } ?? (radix == nil ? text : node.literal.text), unsigned != nil)
            return literal
        }
        return Expr(.intLiteral(value), at: at)
    }

    /// The rarer expression kinds: casts, types as values, `if`/`switch`/`try` expressions, key paths, `super`, and the refused ones.
    func lowerRarerExpr(_ expr: ExprSyntax, at: SourceLocation) -> Expr {
        if let node = expr.as(AsExprSyntax.self) {
            let name = node.asKeyword.text + (node.questionOrExclamationMark?.text ?? "")
            return Expr(.cast(lowerExpr(node.expression), lowerType(node.type), name), at: at)
        }
        if let node = expr.as(TypeExprSyntax.self) {
            return typeAsExpression(node.type, at: at)
        }
        if let node = expr.as(GenericSpecializationExprSyntax.self) {
            let name = node.expression.as(DeclReferenceExprSyntax.self)?.baseName.text ?? "<error>"
            return typeAsExpression(lowerNamedType(name, generics: node.genericArgumentClause, at: at), at: at)
        }
        if let node = expr.as(IfExprSyntax.self) { return lowerIfExpression(node) }
        if let node = expr.as(SwitchExprSyntax.self) { return lowerSwitchExpression(node) }
        if let node = expr.as(TryExprSyntax.self) { return lowerTry(node) }
        if let node = expr.as(AwaitExprSyntax.self) { unsupported(.await, node.awaitKeyword); return Expr(.invalid, at: at) }
        if let node = expr.as(MacroExpansionExprSyntax.self) { unsupported(.macro, node); return Expr(.invalid, at: at) }
        if let node = expr.as(ConsumeExprSyntax.self) { unsupported(.consume, node.consumeKeyword); return Expr(.invalid, at: at) }
        if let node = expr.as(CopyExprSyntax.self) { unsupported(.copy, node.copyKeyword); return Expr(.invalid, at: at) }
        if let node = expr.as(KeyPathExprSyntax.self) { return lowerKeyPath(node) }
        if let node = expr.as(RegexLiteralExprSyntax.self) { unsupported(.regexLiteral, node); return Expr(.invalid, at: at) }
        if let node = expr.as(IsExprSyntax.self) {
            return Expr(.cast(lowerExpr(node.expression), lowerType(node.type), "is"), at: loc(node.isKeyword))
        }
        if expr.is(SuperExprSyntax.self) { return Expr(.name("super"), at: at) }
        if expr.is(MissingExprSyntax.self) { return Expr(.invalid, at: at) }
        error(.unsupported(.syntaxForm, "expression"), expr)
        return Expr(.invalid, at: at)
    }
}
