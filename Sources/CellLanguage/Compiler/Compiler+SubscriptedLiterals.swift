/// An array literal subscripted where the element's type is known (`let suit: Character = ["♣", "♦"][i]`,
/// `let x: Double = [1, 2][i]`): swiftc types the literal from the subscript's context, so its elements are
/// Characters (Doubles), not the literals' default Strings (Ints). The checker (`TypeChecker.subscriptAccess`) and
/// the generator (`compileSubscript`) ask this one function.
extension Compiler {
    /// The array type the literal `base` takes when subscripted by one Int where `expected` is expected; nil when the
    /// literals' default types are the ones swiftc gives them.
    static func subscriptedLiteralType(_ base: Expr, _ arguments: [Argument], expected: CType?) -> CType? {
        guard case .array(let elements) = base.kind, !elements.isEmpty, arguments.count == 1, arguments[0].label == nil else {
            return nil
        }
        switch expected {
        case .character?:
            let characters = elements.allSatisfy { element in
                guard case .stringLiteral(let parts) = element.kind, parts.count == 1, case .text(let text) = parts[0] else {
                    return false
                }
                return text.count == 1
            }
            return characters ? .array(.character) : nil
        case .double?:
            return elements.allSatisfy(\.isNumericLiteral) ? .array(.double) : nil
        default:
            return nil
        }
    }
}
