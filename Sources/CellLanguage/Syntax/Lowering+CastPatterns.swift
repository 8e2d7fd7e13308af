import Diagnostics
import SwiftSyntax

extension Lowering {
    /// `p as T` in a `case` pattern (`case let n as Int`, `case 0 as Int`, `case let (x, y) as (Double, Double)`);
    /// nil for other expressions.
    func castPattern(_ expr: ExprSyntax, binding: Bool, mutable: Bool) -> CasePattern? {
        if let sequence = expr.as(SequenceExprSyntax.self), sequence.elements.count == 3 {
            let elements = Array(sequence.elements)
            if let cast = elements[1].as(UnresolvedAsExprSyntax.self), cast.questionOrExclamationMark == nil,
               let type = elements[2].as(TypeExprSyntax.self) {
                return .cast(lowerCasePatternExpression(elements[0], binding: binding, mutable: mutable), lowerType(type.type),
                             loc(cast))
            }
        }
        if let node = expr.as(AsExprSyntax.self), node.questionOrExclamationMark == nil {
            return .cast(lowerCasePatternExpression(node.expression, binding: binding, mutable: mutable), lowerType(node.type),
                         loc(node.asKeyword))
        }
        return nil
    }
}
