import Diagnostics

/// How a few small expressions are computed, kept beside their closure so the code that uses one can compute it
/// inside its own closure: `n - 1` as the one argument of a call and `n < 2` as a word body's early return
/// (`fib`-style recursion then runs two closures fewer per call), `a[i][k]` as an operand of Double arithmetic,
/// `0..<3` as a `case` pattern.
enum CodeRecipe {
    /// `local + constant` or `local - constant`, with Swift's overflow check reported at `location`.
    case offset(slot: Int, constant: Int, subtracts: Bool, location: SourceLocation)
    /// `local op constant`, both Ints.
    case comparison(IntComparison, slot: Int, constant: Int)
    /// `array[index]`: a local array variable read in place at a local Int index.
    case element(array: Int, index: Int, location: SourceLocation)
    /// `array[row][column]`: a local array of arrays read in place at local Int indices (`outer` is `array[row]`'s
    /// position).
    case nestedElement(array: Int, row: Int, column: Int, outer: SourceLocation, location: SourceLocation)
    /// `lower..<upper` or `lower...upper` of constant Ints with `lower <= upper` (it cannot fail).
    case constantRange(lower: Int, upper: Int, closed: Bool)

    /// The recipe of `a op b` on Ints when `a` is a local word and `b` a constant; nil otherwise.
    static func offset(_ op: String, _ a: Typed, _ b: Typed, _ location: SourceLocation) -> CodeRecipe? {
        guard op == "+" || op == "-", a.type == .int, b.type == .int,
              case .local(let slot)? = a.operand, case .constant(let constant)? = b.operand else { return nil }
        return .offset(slot: slot, constant: constant, subtracts: op == "-", location: location)
    }

    /// The recipe of the Int comparison `a op b` when `a` is a local word and `b` a constant; nil otherwise.
    static func comparison(_ op: String, _ a: Typed, _ b: Typed) -> CodeRecipe? {
        guard let kind = IntComparison(rawValue: op), a.type == .int, b.type == .int,
              case .local(let slot)? = a.operand, case .constant(let constant)? = b.operand else { return nil }
        return .comparison(kind, slot: slot, constant: constant)
    }
}

/// The six comparison operators, by their spelling.
enum IntComparison: String {
    case equal = "==", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
}

/// `local ± constant` as an operand read inside the closure that uses it.
struct LocalOffsetInt<Op: IntOperation>: IntSource {
    let slot: Int
    let constant: Int
    let location: SourceLocation
    @inline(__always) func get(_ frame: Frame) throws -> Int { try Op.apply(frame.words[slot], constant, location) }
}

/// `array[index]` of Doubles (a local array, a local index) as an operand read inside the closure that uses it.
struct LocalElementDouble: DoubleSource {
    let array: Int
    let index: Int
    let location: SourceLocation
    @inline(__always) func get(_ frame: Frame) throws -> Double {
        try InPlaceRead.element(frame.values + array, frame.words[index], location) { $0.doubleValue }
    }
}

/// `array[row][column]` of Doubles (a local array of arrays, local indices) as an operand read inside the closure
/// that uses it.
struct LocalNestedElementDouble: DoubleSource {
    let array: Int
    let row: Int
    let column: Int
    let outer: SourceLocation
    let location: SourceLocation
    @inline(__always) func get(_ frame: Frame) throws -> Double {
        try InPlaceRead.element(frame.values + array, frame.words[row], frame.words[column], outer, location) {
            $0.doubleValue
        }
    }
}
