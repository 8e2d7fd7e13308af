/// The checker's diagnostics for assignments (issue 12): `cannot assign value of type 'String' to type 'Int'` for a
/// value that certainly does not convert to a `var`'s type, and `… to subscript of type 'Int'` for an array's element
/// or a dictionary's value subscripted with one plain index. Only a plain `=` to places rooted in a `var` of this
/// cell's resolution (a constant's own error comes first; optional chains, properties and calling indices take other
/// paths in the generator), at the value, as the generator reports them (`Compiler+Assignment`).
extension TypeChecker {
    /// Reports `value` (of type `found`) assigned to `target` (of type `place`) when it certainly does not convert.
    func checkAssignedValue(_ op: String, _ target: Expr, _ value: Expr, _ found: CType?, to place: CType) {
        guard op == "=", let found, certainlyMismatches(found, place) else { return }
        switch target.kind {
        case .name:
            guard isVariable(target) else { return }
            report(.assignmentType(found, target: place), at: value.location)
        case .subscriptAccess(let base, let arguments):
            guard isVariable(base), arguments.count == 1, arguments[0].label == nil, Self.isPlainIndex(arguments[0].value)
            else { return }
            switch checked.type(of: base) {
            case .array(let element)? where element == place: break
            case .dictionary(_, let element)? where .optional(element) == place: break
            default: return
            }
            report(.subscriptAssignmentType(found, element: place.unwrapped), at: value.location)
        default:
            return
        }
    }

    /// Whether `expr` names a `var` declared in the resolved program.
    private func isVariable(_ expr: Expr) -> Bool {
        guard case .name = expr.kind, let referent = resolution.referent(of: expr) else { return false }
        return declarationKind(of: referent) == .variable
    }

    /// An index the generator evaluates in place: a literal or a name (no call to hoist, no range).
    private static func isPlainIndex(_ expr: Expr) -> Bool {
        switch expr.kind {
        case .intLiteral, .stringLiteral, .name: return true
        default: return false
        }
    }
}
