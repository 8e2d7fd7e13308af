/// A context that changes how swiftc words the mistakes of the expression checked in it, noted where the checker
/// meets the context (`TypeChecker.valueContexts`).
enum ValueContext {
    /// The first operand of a value nothing around constrains (an unannotated `let`'s initial value, an argument of
    /// `print`): swiftc words a literal of another type as an ambiguity (`no exact matches in call to subscript`).
    /// Also such a value when it is a call (`let u = UnicodeScalar(65)`: swiftc takes the failable initializer).
    case contextFreeOperand
    /// An array literal a tuple pattern destructures (`for (a, b) in [(1, 2), ("s", 3)]`): swiftc joins its tuples
    /// and reports the element that does not convert, never typing it `[Any]` (`TypeChecker+AnyLiterals`).
    case tupleDestructured
}
