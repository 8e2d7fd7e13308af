import Diagnostics
import SwiftSyntax

/// Lowering of expressions.
extension Lowering {
    // MARK: Expressions

    func lowerExpr(_ expr: ExprSyntax) -> Expr {
        let at = loc(expr)
        if let node = expr.as(IntegerLiteralExprSyntax.self) {
            let text = node.literal.text.replacingOccurrences(of: "_", with: "")
            let radix = ["0x": 16, "0b": 2, "0o": 8][String(text.prefix(2))]
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
        if let node = expr.as(FloatLiteralExprSyntax.self) {
            let text = node.literal.text.replacingOccurrences(of: "_", with: "")
            guard let value = Double(text) else {
                // Unreachable in practice: a literal `Double` cannot read is a parse error, reported instead.
                unsupported("the floating-point literal '\(text)'", node)
                return Expr(.invalid, at: at)
            }
            return Expr(.floatLiteral(value), at: at)
        }
        if let node = expr.as(BooleanLiteralExprSyntax.self) {
            return Expr(.boolLiteral(node.literal.text == "true"), at: at)
        }
        if expr.is(DiscardAssignmentExprSyntax.self) {
            return Expr(.name("_"), at: at)
        }
        if expr.is(NilLiteralExprSyntax.self) {
            return Expr(.nilLiteral, at: at)
        }
        if let node = expr.as(StringLiteralExprSyntax.self) {
            return lowerString(node)
        }
        if let node = expr.as(DeclReferenceExprSyntax.self) {
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
                unsupported("function reference with argument labels", arguments)
            }
            return Expr(.name(name), at: at)
        }
        if let node = expr.as(SequenceExprSyntax.self) {
            return foldSequence(Array(node.elements))
        }
        if let node = expr.as(InfixOperatorExprSyntax.self) {
            let op = node.operator.trimmedDescription
            return makeBinary(op, lowerExpr(node.leftOperand), lowerExpr(node.rightOperand), at: loc(node.operator))
        }
        if let node = expr.as(PrefixOperatorExprSyntax.self) {
            let op = node.operator.text
            let operand = lowerExpr(node.expression)
            if op == "-" {
                if case .intLiteral(let value) = operand.kind { return Expr(.intLiteral(-value), at: at) }
                if case .floatLiteral(let value) = operand.kind { return Expr(.floatLiteral(-value), at: at) }
            }
            return Expr(.prefix(op, operand), at: at)
        }
        if let node = expr.as(PostfixOperatorExprSyntax.self) {
            if node.operator.text == "..." {
                // `a...`: a one-sided range, kept as a prefix node with its own operator name.
                return Expr(.prefix(Expr.postfixRange, lowerExpr(node.expression)), at: loc(node.operator))
            }
            if operators.postfix.contains(node.operator.text) {
                return Expr(.prefix(Expr.postfixOperatorPrefix + node.operator.text, lowerExpr(node.expression)), at: at)
            }
            error(.postfixOperatorNotSupported(node.operator.text), node.operator)
            return Expr(.invalid, at: at)
        }
        if let node = expr.as(TupleExprSyntax.self) {
            let elements = node.elements.map {
                Argument(label: $0.label?.text, value: lowerExpr($0.expression), location: loc($0))
            }
            if elements.count == 1, elements[0].label == nil {
                return elements[0].value
            }
            return Expr(.tuple(elements), at: at)
        }
        if let node = expr.as(FunctionCallExprSyntax.self) {
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
        if let node = expr.as(MemberAccessExprSyntax.self) {
            let name = node.declName.baseName.text
            return Expr(.member(node.base.map { lowerExpr($0) }, name, loc(node.declName)), at: at)
        }
        if let node = expr.as(SubscriptCallExprSyntax.self) {
            let arguments = node.arguments.map {
                Argument(label: $0.label?.text, value: lowerExpr($0.expression), location: loc($0.expression))
            }
            reportedTokens[loc(node.leftSquare)] = loc(node.rightSquare)
            return Expr(.subscriptAccess(lowerExpr(node.calledExpression), arguments), at: loc(node.leftSquare))
        }
        if let node = expr.as(ArrayExprSyntax.self) {
            return Expr(.array(node.elements.map { lowerExpr($0.expression) }), at: at)
        }
        if let node = expr.as(DictionaryExprSyntax.self) {
            switch node.content {
            case .colon:
                return Expr(.dictionary([]), at: at)
            case .elements(let elements):
                return Expr(.dictionary(elements.map { (lowerExpr($0.key), lowerExpr($0.value)) }), at: at)
            }
        }
        if let node = expr.as(ClosureExprSyntax.self) {
            return lowerClosure(node)
        }
        if let node = expr.as(TernaryExprSyntax.self) {
            return Expr(.ternary(lowerExpr(node.condition), lowerExpr(node.thenExpression),
                                 lowerExpr(node.elseExpression)), at: at)
        }
        if let node = expr.as(ForceUnwrapExprSyntax.self) {
            return Expr(.forceUnwrap(lowerExpr(node.expression)), at: loc(node.exclamationMark))
        }
        if let node = expr.as(OptionalChainingExprSyntax.self) {
            // At the `?`, where swiftc reports misuse.
            return Expr(.optionalChain(lowerExpr(node.expression)), at: loc(node.questionMark))
        }
        if let node = expr.as(InOutExprSyntax.self) {
            return Expr(.inoutArgument(lowerExpr(node.expression)), at: at)
        }
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
        if let node = expr.as(AwaitExprSyntax.self) { unsupported("await", node.awaitKeyword); return Expr(.invalid, at: at) }
        if let node = expr.as(MacroExpansionExprSyntax.self) { unsupported("macro", node); return Expr(.invalid, at: at) }
        if let node = expr.as(KeyPathExprSyntax.self) { return lowerKeyPath(node) }
        if let node = expr.as(RegexLiteralExprSyntax.self) { unsupported("regex literal", node); return Expr(.invalid, at: at) }
        if let node = expr.as(IsExprSyntax.self) {
            return Expr(.cast(lowerExpr(node.expression), lowerType(node.type), "is"), at: loc(node.isKeyword))
        }
        if expr.is(SuperExprSyntax.self) { return Expr(.name("super"), at: at) }
        if expr.is(MissingExprSyntax.self) { return Expr(.invalid, at: at) }
        error(.constructNotSupported(.expression), expr)
        return Expr(.invalid, at: at)
    }

    /// A type used in expression position (`[Double](repeating:count:)`, `Double.pi`) becomes a name.
    func typeAsExpression(_ type: TypeSyntax, at: SourceLocation) -> Expr {
        typeAsExpression(lowerType(type), at: at)
    }

    /// A lowered type used in expression position.
    func typeAsExpression(_ lowered: TypeExpr, at: SourceLocation) -> Expr {
        if case .named(let name, _) = lowered { return Expr(.name(name), at: at) }
        return Expr(.typeReference(lowered), at: at)
    }
}
