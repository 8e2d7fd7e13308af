/// The checker's diagnostics for assignments (issue 12): `cannot assign value of type 'String' to type 'Int'` for a
/// value that certainly does not convert to a `var`'s type, and `… to subscript of type 'Int'` for an array's element
/// or a dictionary's value subscripted with one plain index, and for a plain stored `var` of a class (through a name,
/// `self` or implicitly) or of a struct held in a `var`. Only a plain `=` (a constant's own error comes first;
/// optional chains, observers and calling indices take other paths in the generator), at the value, as the generator
/// reports them (`Compiler+Assignment`).
extension TypeChecker {
    /// Reports `value` (of type `found`) assigned to `target` (of type `place`) when it certainly does not convert.
    func checkAssignedValue(_ op: String, _ target: Expr, _ value: Expr, _ found: CType?, to place: CType) {
        guard op == "=", let found, certainlyMismatches(found, place) || refusesConversion(found, place) else { return }
        switch target.kind {
        case _ where Self.isChainPayload(target):
            // `o? = "c"`, `a?.b = "c"`: the place is the optional's wrapped value, or its stored property.
            report(CompileError.assignmentType(found, target: place).wordedAsSwiftc(found: found, expected: place), at: Compiler.conversionLocation(of: value))
        case .name(let name):
            guard isVariable(target) || isImplicitField(target, name) else { return }
            report(CompileError.assignmentType(found, target: place).wordedAsSwiftc(found: found, expected: place), at: Compiler.conversionLocation(of: value))
        case .member(let base?, let name, _):
            guard case .name = base.kind, case .user(let owner)? = checked.type(of: base), isPlainField(owner, name),
                  owner.kind == .classType || (owner.kind == .structure && isVariable(base)) else { return }
            report(CompileError.assignmentType(found, target: place).wordedAsSwiftc(found: found, expected: place), at: Compiler.conversionLocation(of: value))
        case .subscriptAccess(let base, let arguments):
            guard isVariable(base), arguments.count == 1, arguments[0].label == nil, Self.isPlainIndex(arguments[0].value)
            else { return }
            switch checked.type(of: base) {
            case .array(let element)? where element == place: break
            case .dictionary(_, let element)? where .optional(element) == place: break
            default: return
            }
            report(.subscriptAssignmentType(found, element: place.unwrapped), at: Compiler.conversionLocation(of: value))
        default:
            return
        }
    }

    /// Whether the target is an optional chain's payload (`o?`) or a member of one (`a?.b`).
    static func isChainPayload(_ target: Expr) -> Bool {
        if case .optionalChain = target.kind { return true }
        if case .member(let base?, _, _) = target.kind, case .optionalChain = base.kind { return true }
        return false
    }

    /// Whether `expr` names a `var` declared in the resolved program.
    private func isVariable(_ expr: Expr) -> Bool {
        guard case .name = expr.kind, let referent = resolution.referent(of: expr) else { return false }
        return declarationKind(of: referent) == .variable
    }

    /// Whether a bare `name` in a class's method or initializer, or in a struct's `mutating` method or initializer, is
    /// one of its plain stored `var`s (`y = 0`).
    private func isImplicitField(_ expr: Expr, _ name: String) -> Bool {
        guard case .member(let owner)? = resolution.referent(of: expr), let selfType, selfType.name == owner,
              selfType.kind == .classType || (selfType.kind == .structure && !bodyContext.immutableSelf) else { return false }
        return isPlainField(selfType, name)
    }

    /// A stored `var` of a non-generic type that anyone may set (observed or not), held strongly.
    private func isPlainField(_ type: UserType, _ name: String) -> Bool {
        guard !isGeneric(type), type.extendedBuiltin == nil, let index = type.fieldIndex(name) else { return false }
        let field = type.fields[index]
        return !field.isLet && !field.holdsWeakly && !field.isImplicitlyUnwrapped && !field.hasPrivateSetter
    }

    /// An index the generator evaluates in place: a literal or a name (no call to hoist, no range).
    private static func isPlainIndex(_ expr: Expr) -> Bool {
        switch expr.kind {
        case .intLiteral, .stringLiteral, .name: return true
        default: return false
        }
    }
}
