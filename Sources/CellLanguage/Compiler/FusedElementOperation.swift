/// Double arithmetic where an operand is an array element read in place (`a[i][k] * b[k][j]`, `xs[i] - mean`):
/// the elements are read inside the operation's closure, so the textbook matrix product's inner statement costs
/// two closure calls instead of four. Only local arrays at local indices (`CodeRecipe.element`/`.nestedElement`).
enum FusedElementOperation {
    /// Code for `a op b` on Doubles when `a` or `b` is such an element; nil otherwise.
    static func double<Op: DoubleOperation>(_ op: Op.Type, _ a: Typed, _ b: Typed) -> ((Frame) throws -> Double)? {
        if let first = element(a) {
            switch first {
            case .flat(let x): return withSecond(op, x, b)
            case .nested(let x): return withSecond(op, x, b)
            }
        }
        guard a.type == .double, case _? = element(b) else { return nil }
        switch FusedOperation.doubleOperand(a) {
        case .local(let s)?: return withSecond(op, LocalDouble(slot: s), b)
        case .constant(let c)?: return withSecond(op, ConstantDouble(bits: c), b)
        case nil: return withSecond(op, ComputedDouble(code: a.double), b)
        }
    }

    private enum Element {
        case flat(LocalElementDouble)
        case nested(LocalNestedElementDouble)
    }

    private static func element(_ typed: Typed) -> Element? {
        guard typed.type == .double else { return nil }
        switch typed.recipe {
        case .element(let array, let index, let location)?:
            return .flat(LocalElementDouble(array: array, index: index, location: location))
        case .nestedElement(let array, let row, let column, let outer, let location)?:
            return .nested(LocalNestedElementDouble(array: array, row: row, column: column, outer: outer, location: location))
        default:
            return nil
        }
    }

    private static func withSecond<Op: DoubleOperation, A: DoubleSource>(_ op: Op.Type, _ a: A, _ b: Typed)
        -> (Frame) throws -> Double {
        switch element(b) {
        case .flat(let y)?: return FusedOperation.make(op, a, y)
        case .nested(let y)?: return FusedOperation.make(op, a, y)
        case nil:
            switch FusedOperation.doubleOperand(b) {
            case .local(let t)?: return FusedOperation.make(op, a, LocalDouble(slot: t))
            case .constant(let c)?: return FusedOperation.make(op, a, ConstantDouble(bits: c))
            case nil: return FusedOperation.make(op, a, ComputedDouble(code: b.double))
            }
        }
    }
}
