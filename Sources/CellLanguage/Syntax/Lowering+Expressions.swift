import Diagnostics
import SwiftSyntax

/// Lowering of expressions.
extension Lowering {
    // MARK: Expressions

    func lowerExpr(_ expr: ExprSyntax) -> Expr {
        let at = loc(expr)
        if let literal = lowerNumberOrBoolean(expr, at: at) { return literal }
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
            return lowerDeclReference(node, at: at)
        }
        if let node = expr.as(SequenceExprSyntax.self) {
            return foldSequence(Array(node.elements))
        }
        if let node = expr.as(InfixOperatorExprSyntax.self) {
            let op = node.operator.trimmedDescription
            return makeBinary(op, lowerExpr(node.leftOperand), lowerExpr(node.rightOperand), at: loc(node.operator))
        }
        if let node = expr.as(PrefixOperatorExprSyntax.self) {
            return lowerPrefixOperator(node, at: at)
        }
        if let node = expr.as(PostfixOperatorExprSyntax.self) {
            return lowerPostfixOperator(node, at: at)
        }
        if let node = expr.as(TupleExprSyntax.self) {
            return lowerTuple(node, at: at)
        }
        if let node = expr.as(FunctionCallExprSyntax.self) {
            return lowerCall(node, at: at)
        }
        if let node = expr.as(MemberAccessExprSyntax.self) {
            if let end = hexFloatWithoutExponent(node) {
                report(.hexFloatWithoutExponent, at: end)
                return Expr(.invalid, at: at)
            }
            let name = node.declName.baseName.text
            // `Unicode.Scalar(70)`, `Unicode.Scalar.init`: the type `UnicodeScalar` names.
            if name == "Scalar", node.base?.as(DeclReferenceExprSyntax.self)?.baseName.text == "Unicode" {
                return Expr(.name("UnicodeScalar"), at: at)
            }
            return Expr(.member(node.base.map { lowerExpr($0) }, name, loc(node.declName)), at: at)
        }
        if let node = expr.as(SubscriptCallExprSyntax.self) {
            return lowerSubscript(node, at: at)
        }
        if let node = expr.as(ArrayExprSyntax.self) {
            if let type = arrayOfFunctionsType(node) { return Expr(.typeReference(type), at: at) }
            return Expr(.array(node.elements.map { lowerExpr($0.expression) }), at: at)
        }
        if let node = expr.as(DictionaryExprSyntax.self) {
            return lowerDictionary(node, at: at)
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
        return lowerRarerExpr(expr, at: at)
    }

    /// An integer, floating-point or Boolean literal; nil for any other expression.
    private func lowerNumberOrBoolean(_ expr: ExprSyntax, at: SourceLocation) -> Expr? {
        if let node = expr.as(IntegerLiteralExprSyntax.self) { return lowerIntegerLiteral(node, at: at) }
        if let node = expr.as(FloatLiteralExprSyntax.self) { return lowerFloatLiteral(node, at: at) }
        if let node = expr.as(BooleanLiteralExprSyntax.self) { return Expr(.boolLiteral(node.literal.text == "true"), at: at) }
        return nil
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

    /// `0x1.5`: a hexadecimal literal, a dot and hexadecimal digits with no space between, which swift-syntax reads as
    /// a member of an integer when a line follows; swiftc's lexer reads a hexadecimal float without its exponent and
    /// reports it where the literal ends. Returns that position.
    private func hexFloatWithoutExponent(_ node: MemberAccessExprSyntax) -> SourceLocation? {
        guard let base = node.base?.as(IntegerLiteralExprSyntax.self), base.literal.text.lowercased().hasPrefix("0x"),
              base.trailingTrivia.isEmpty, node.period.leadingTrivia.isEmpty, node.period.trailingTrivia.isEmpty,
              node.declName.argumentNames == nil else { return nil }
        let digits = node.declName.baseName.text
        guard let first = digits.unicodeScalars.first, first.properties.isASCIIHexDigit,
              digits.unicodeScalars.allSatisfy({ $0.properties.isASCIIHexDigit || $0 == "_" }) else { return nil }
        return endLoc(node.declName.baseName)
    }
}
