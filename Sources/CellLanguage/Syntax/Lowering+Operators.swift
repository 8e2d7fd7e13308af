import Diagnostics
import SwiftSyntax

/// Operator sequences folded by precedence into binary nodes.
extension Lowering {
    private enum Associativity { case left, right, none }

    /// Whether `op` is an infix operator of Swift's or one a cell declared.
    func isKnownInfixOperator(_ op: String) -> Bool { precedence(of: op) != nil }

    private func precedence(of op: String) -> (Int, Associativity)? {
        switch op {
        case "<<", ">>", "&<<", "&>>": return (160, .none)
        case "*", "/", "%", "&*", "&": return (150, .left)
        case "+", "-", "&+", "&-", "|", "^": return (140, .left)
        case "..<", "...": return (135, .none)
        case "as", "as?", "as!", "is": return (132, .left)
        case "??": return (131, .right)
        case "==", "!=", "<", "<=", ">", ">=", "===", "!==", "~=": return (130, .none)
        case "&&": return (120, .left)
        case "||": return (110, .left)
        case "?:": return (100, .right)
        case "=", "+=", "-=", "*=", "/=", "%=", "&+=", "&-=", "&*=", "<<=", ">>=", "&=", "|=", "^=": return (90, .right)
        default:
            guard let declared = operators.infix[op] else { return nil }
            let associativity: Associativity = declared.associativity == "left" ? .left : declared.associativity == "right" ? .right : .none
            return (declared.level, associativity)
        }
    }

    /// One operator of a flat sequence expression.
    private struct Operator {
        var name: String
        var location: SourceLocation
        var ternaryMiddle: ExprSyntax?
        var castType: TypeSyntax?
    }

    func foldSequence(_ elements: [ExprSyntax]) -> Expr {
        // `try f() + g()`: the parser attaches `try` to the first operand, but it covers the whole expression.
        if elements.count > 1, let first = elements.first?.as(TryExprSyntax.self) {
            return Expr(.tryExpr(foldSequence([first.expression] + elements.dropFirst()), tryKind(of: first)),
                        at: loc(first.tryKeyword))
        }
        let (operands, operators) = splitSequence(elements)
        guard !operands.isEmpty else { return Expr(.invalid, at: SourceLocation(line: 1, column: 1)) }
        var position = 0
        var operatorIndex = 0
        func parse(minimum: Int) -> Expr {
            var lhs = operands[position]
            position += 1
            while operatorIndex < operators.count {
                let op = operators[operatorIndex]
                let (prec, assoc) = precedence(of: op.name) ?? (140, .left)
                if prec < minimum { break }
                operatorIndex += 1
                let nextMinimum = assoc == .right ? prec : prec + 1
                if op.castType != nil || op.name == "is" {
                    position += 1
                    if let type = op.castType {
                        // `as`, `as?`, `as!` and `is` (the compiler refuses the casts it cannot check).
                        lhs = Expr(.cast(lhs, lowerType(type), op.name), at: op.location)
                    }
                    continue
                }
                let rhs = parse(minimum: nextMinimum)
                if op.name == "?:", let middle = op.ternaryMiddle {
                    lhs = Expr(.ternary(lhs, lowerExpr(middle), rhs), at: lhs.location)
                } else if prec == 90, let bracket = keyPathReads[lhs] {
                    report(.unsupported(.keyPathWrite), at: bracket)  // `p[keyPath: k] = v`
                    lhs = Expr(.invalid, at: op.location)
                } else if prec == 90 {
                    lhs = Expr(.assign(op.name, lhs, rhs, op.location), at: lhs.location)
                } else if op.name == "<error>" {
                    lhs = Expr(.invalid, at: op.location)
                } else {
                    lhs = makeBinary(op.name, lhs, rhs, at: op.location)
                }
            }
            return lhs
        }
        return parse(minimum: 0)
    }

    func makeBinary(_ op: String, _ lhs: Expr, _ rhs: Expr, at location: SourceLocation) -> Expr {
        if precedence(of: op) == nil {
            report(.unsupported(.operatorForm, op), at: location)
            return Expr(.invalid, at: location)
        }
        return Expr(.binary(op, lhs, rhs, location), at: lhs.location)
    }

    /// The operands and operators of a flat sequence expression (a cast's type takes an operand position).
    private func splitSequence(_ elements: [ExprSyntax]) -> (operands: [Expr], operators: [Operator]) {
        var operands: [Expr] = []
        var operators: [Operator] = []
        var index = 0
        while index < elements.count {
            let element = elements[index]
            if index % 2 == 0 || operands.count == operators.count {
                operands.append(lowerExpr(element))
                index += 1
                continue
            }
            if let node = element.as(BinaryOperatorExprSyntax.self) {
                operators.append(Operator(name: node.operator.text, location: loc(node)))
            } else if element.is(AssignmentExprSyntax.self) {
                operators.append(Operator(name: "=", location: loc(element)))
            } else if let node = element.as(UnresolvedTernaryExprSyntax.self) {
                operators.append(Operator(name: "?:", location: loc(node), ternaryMiddle: node.thenExpression))
            } else if let node = element.as(UnresolvedAsExprSyntax.self) {
                let name = node.asKeyword.text + (node.questionOrExclamationMark?.text ?? "")
                var type: TypeSyntax?
                if index + 1 < elements.count, let typeExpr = elements[index + 1].as(TypeExprSyntax.self) {
                    type = typeExpr.type
                }
                operators.append(Operator(name: name, location: loc(node), castType: type))
                // The cast's type takes the operand position.
                operands.append(Expr(.invalid, at: loc(node)))
                index += 2
                continue
            } else if let node = element.as(UnresolvedIsExprSyntax.self) {
                var type: TypeSyntax?
                if index + 1 < elements.count, let typeExpr = elements[index + 1].as(TypeExprSyntax.self) {
                    type = typeExpr.type
                }
                operators.append(Operator(name: "is", location: loc(node), castType: type))
                operands.append(Expr(.invalid, at: loc(node)))
                index += 2
                continue
            } else {
                error(.unsupported(.syntaxForm, "operator"), element)
                operators.append(Operator(name: "<error>", location: loc(element)))
            }
            index += 1
        }
        return (operands, operators)
    }
}
