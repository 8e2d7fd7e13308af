/// The checker's diagnostics for assignments (issue 12): `cannot assign value of type 'String' to type 'Int'` for a
/// value that certainly does not convert to the place's type, `… to subscript of type 'Int'` for a subscripted place
/// (an array's element, a dictionary's value: swiftc names the element type), at the value, for every plain `=`
/// whatever the place (a variable, a constant — swiftc reports both its mistakes —, a stored property through a name,
/// `self` or implicitly, a tuple element, an `inout` parameter, nested subscripts). The generator only converts.
extension TypeChecker {
    /// Reports `value` (of type `found`) assigned to `target` (of type `place`) when it certainly does not convert.
    func checkAssignedValue(_ op: String, _ target: Expr, _ value: Expr, _ found: CType?, to place: CType) {
        guard op == "=", let found, certainlyMismatches(found, place) || refusesConversion(found, place) else { return }
        let mistake: CompileError
        if case .subscriptAccess = target.kind {
            mistake = .subscriptAssignmentType(found, element: place.unwrapped)
        } else {
            mistake = .assignmentType(found, target: place)
        }
        report(mistake.wordedAsSwiftc(found: found, expected: place), at: value.conversionLocation)
    }
}
