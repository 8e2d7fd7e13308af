/// The checker's diagnostics for assignments (issue 12): `cannot assign value of type 'String' to type 'Int'` for a
/// value that certainly does not convert to the place's type, `… to subscript of type 'Int'` for a subscripted place
/// (an array's element, a dictionary's value: swiftc names the element type), at the value, for every plain `=`
/// whatever the place (a variable, a constant — swiftc reports both its mistakes —, a stored property through a name,
/// `self` or implicitly, a tuple element, an `inout` parameter, nested subscripts). The generator only converts.
extension TypeChecker {
    /// Reports `value` (of type `found`) assigned to `target` (of type `place`) when it certainly does not convert.
    func checkAssignedValue(_ op: String, _ target: Expr, _ value: Expr, _ found: CType?, to place: CType, at location: SourceLocation) {
        guard op == "=", let found, certainlyMismatches(found, place) || refusesConversion(found, place) else { return }
        let mistake: CompileError
        if case .subscriptAccess = target.kind {
            mistake = .subscriptAssignmentType(found, element: place.unwrapped)
        } else {
            mistake = .assignmentType(found, target: place)
        }
        // An optional of another optional type: swiftc reports it at the `=`.
        let position = found.isOptional && place.isOptional && mistake.kind == .assignmentType ? location : value.conversionLocation
        report(mistake.wordedAsSwiftc(found: found, expected: place), at: position)
    }

    /// Reports `(a, b) = value` (`=` at `location`) whose value is no tuple of as many elements (swiftc's `cannot
    /// assign value of type 'Int' to type '(Int, String)'` at the value) or has an element that certainly does not
    /// convert to its place's type (the same, at the `=`).
    func reportTupleAssignmentMismatch(_ found: CType, _ expected: CType, _ value: Expr, at location: SourceLocation) {
        guard case .tuple(let places) = expected else { return }
        if case .tuple(let parts) = found, parts.count == places.count {
            guard zip(parts, places).contains(where: { certainlyMismatches($0.type, $1.type) || refusesConversion($0.type, $1.type) })
            else { return }
            report(.assignmentType(found, target: expected), at: location)
        } else if isClosed(found) || found == .void || Self.isClosedTuple(found, isClosed) {
            report(.assignmentType(found, target: expected), at: value.conversionLocation)
        }
    }

    /// Whether `type` is a tuple whose elements' types are all closed (`isClosed`).
    private static func isClosedTuple(_ type: CType, _ isClosed: (CType) -> Bool) -> Bool {
        guard case .tuple(let elements) = type else { return false }
        return elements.allSatisfy { isClosed($0.type) }
    }
}
