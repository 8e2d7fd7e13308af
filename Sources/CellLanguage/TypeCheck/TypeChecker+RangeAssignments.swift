/// `xs[4...6] = [9, 9]`: a range of an array variable's elements replaced by another array, as the generator
/// compiles it (`Compiler.compileRangeAssignment`): the array a place, the range alone, the new elements against the
/// array's type (the subscript itself is not compiled); the same on a slice variable, which nbrun refuses.
extension TypeChecker {
    /// Checks `name[a...b] = value` (or `..<`, with literal or named bounds); false (nothing checked) for any other
    /// assignment.
    func rangeAssignment(_ target: Expr, _ value: Expr) -> Bool {
        guard case .subscriptAccess(let base, let arguments) = target.kind, arguments.count == 1, arguments[0].label == nil,
              case .name = base.kind, case .binary(let op, let lower, let upper, _) = arguments[0].value.kind,
              op == "..." || op == "..<", Self.isBound(lower), Self.isBound(upper),
              case .array(let element)? = place(base) else { return false }
        let index = check(arguments[0].value, expected: nil)
        guard index == .range || index == .closedRange else { return false }
        checkConverting(value, to: .array(element)) { .assignmentType($0, target: $1) }
        return true
    }

    /// An integer literal or a name.
    private static func isBound(_ expr: Expr) -> Bool {
        switch expr.kind {
        case .intLiteral, .name: return true
        default: return false
        }
    }

    /// `slice[1...] = [5]` (or `slice[a...b]`, `slice[..<b]`) on an ArraySlice variable: nbrun's refusal, `'assigning to a
    /// range of an ArraySlice' is not supported` (`Compiler.sliceElementPlace`), at the subscript; the new value is
    /// checked only when its type needs no context. True when reported.
    func sliceRangeAssignment(_ target: Expr, _ value: Expr) -> Bool {
        guard case .subscriptAccess(let base, let arguments) = target.kind, arguments.count == 1, arguments[0].label == nil,
              case .name = base.kind, compiler.protocolState.builtinExtensions.isEmpty, !protocolExtensionsSupplySubscripts(to: .array(.int)) else {
            return false
        }
        let index = arguments[0].value
        let isRange: Bool
        if Compiler.oneSidedRange(index) != nil || Compiler.isUnboundedRange(index) {
            isRange = true
        } else if case .binary(let op, let lower, let upper, _) = index.kind, op == "..." || op == "..<", Self.isBound(lower), Self.isBound(upper) {
            isRange = true
        } else {
            isRange = false
        }
        guard isRange, case .arraySlice? = place(base) else { return false }
        if Compiler.oneSidedRange(index) == nil, !Compiler.isUnboundedRange(index) { check(index, expected: nil) }
        if Self.isContextFree(value) { check(value, expected: nil) }
        report(.unsupported(.rangeAssignmentOnSlice), at: target.location)
        return true
    }
}
