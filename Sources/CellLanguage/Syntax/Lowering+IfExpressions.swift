import Diagnostics
import SwiftSyntax

extension Lowering {
    /// `if c { a } else if d { b } else { e }` used as a value: a conditional expression (`c ? a : (d ? b : e)`),
    /// when every branch is one expression and the conditions are Boolean expressions; other shapes stay refused.
    func lowerIfExpression(_ node: IfExprSyntax) -> Expr {
        var conditions: [Expr] = []
        for element in node.conditions {
            guard case .expression(let condition) = element.condition else {
                unsupported("if expression with this condition", element)
                return Expr(.invalid, at: loc(node))
            }
            conditions.append(lowerExpr(condition))
        }
        guard let then = singleExpression(node.body.statements) else {
            unsupported("if expression whose branch is not one expression", node.body)
            return Expr(.invalid, at: loc(node))
        }
        let otherwise: Expr
        switch node.elseBody {
        case .ifExpr(let nested)?:
            otherwise = lowerIfExpression(nested)
        case .codeBlock(let block)?:
            guard let value = singleExpression(block.statements) else {
                unsupported("if expression whose branch is not one expression", block)
                return Expr(.invalid, at: loc(node))
            }
            otherwise = lowerExpr(value)
        case nil:
            unsupported("if expression without else", node)
            return Expr(.invalid, at: loc(node))
        }
        guard var condition = conditions.first else { return Expr(.invalid, at: loc(node)) }
        for next in conditions.dropFirst() {
            condition = Expr(.binary("&&", condition, next, next.location), at: condition.location)
        }
        return Expr(.ternary(condition, lowerExpr(then), otherwise), at: loc(node))
    }

    private func singleExpression(_ items: CodeBlockItemListSyntax) -> ExprSyntax? {
        guard items.count == 1, let item = items.first, case .expr(let value) = item.item else { return nil }
        return value
    }

    /// `switch` used as a value, each case one expression: a closure called at once, whose cases return their value
    /// (`{ switch v { case a: return x … } }()`); other shapes stay refused.
    func lowerSwitchExpression(_ node: SwitchExprSyntax) -> Expr {
        for case .switchCase(let switchCase) in node.cases where singleExpression(switchCase.statements) == nil {
            unsupported("switch expression whose case is not one expression", switchCase)
            return Expr(.invalid, at: loc(node))
        }
        guard case .switchStatement(_, let subject, var cases, let location) = lowerSwitch(node, label: nil) else {
            return Expr(.invalid, at: loc(node))
        }
        for index in cases.indices {
            if case .expression(let value)? = cases[index].body.first {
                cases[index].body = [.returnStatement(value, value.location)]
            }
        }
        let literal = ClosureLiteral(parameters: [], returnType: nil, body: [.switchStatement(label: nil, subject, cases, location)],
                                     anonymousCount: 0, hasExplicitParameters: false)
        return Expr(.call(Expr(.closure(literal), at: loc(node)), []), at: loc(node))
    }
}
