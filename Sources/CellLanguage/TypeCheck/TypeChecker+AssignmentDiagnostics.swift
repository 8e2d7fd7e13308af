/// The checker's diagnostics for assignments (issue 12): `cannot assign value of type 'String' to type 'Int'` for a
/// value that certainly does not convert to a `var`'s type, and `… to subscript of type 'Int'` for an array's element
/// or a dictionary's value subscripted with one plain index, and for a plain stored `var` of a class (through a name,
/// `self` or implicitly) or of a struct held in a `var`. Only a plain `=` (a constant's own error comes first;
/// optional chains, observers and calling indices take other paths in the generator), at the value, as the generator
/// reports them (`Compiler+Assignment`).
extension TypeChecker {
    /// Reports `value` (of type `found`) assigned to `target` (of type `place`) when it certainly does not convert.
    func checkAssignedValue(_ op: String, _ target: Expr, _ value: Expr, _ found: CType?, to place: CType, at location: SourceLocation) {
        guard op == "=", let found, certainlyMismatches(found, place) || refusesConversion(found, place) else { return }
        // An optional of another optional type: swiftc reports it at the `=`.
        let position = found.isOptional && place.isOptional ? location : Compiler.conversionLocation(of: value)
        switch target.kind {
        case .name(let name):
            guard isVariable(target) || isImplicitClassField(target, name) else { return }
            report(CompileError.assignmentType(found, target: place).wordedAsSwiftc(found: found, expected: place), at: position)
        case .member(let base?, let name, _):
            guard case .name = base.kind, case .user(let owner)? = checked.type(of: base), isPlainField(owner, name),
                  owner.kind == .classType || (owner.kind == .structure && isVariable(base)) else { return }
            report(CompileError.assignmentType(found, target: place).wordedAsSwiftc(found: found, expected: place), at: position)
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
            report(.assignmentType(found, target: expected), at: Compiler.conversionLocation(of: value))
        }
    }

    /// Whether `type` is a tuple whose elements' types are all closed (`isClosed`).
    private static func isClosedTuple(_ type: CType, _ isClosed: (CType) -> Bool) -> Bool {
        guard case .tuple(let elements) = type else { return false }
        return elements.allSatisfy { isClosed($0.type) }
    }

    /// Whether `expr` names a `var` declared in the resolved program.
    private func isVariable(_ expr: Expr) -> Bool {
        guard case .name = expr.kind, let referent = resolution.referent(of: expr) else { return false }
        return declarationKind(of: referent) == .variable
    }

    /// Whether a bare `name` in a class's method or initializer is one of its plain stored `var`s (`y = 0`).
    private func isImplicitClassField(_ expr: Expr, _ name: String) -> Bool {
        guard case .member(let owner)? = resolution.referent(of: expr), let selfType, selfType.name == owner,
              selfType.kind == .classType else { return false }
        return isPlainField(selfType, name)
    }

    /// A stored `var` of a non-generic type that anyone may set, without observers, held strongly.
    private func isPlainField(_ type: UserType, _ name: String) -> Bool {
        guard !isGeneric(type), type.extendedBuiltin == nil, let index = type.fieldIndex(name) else { return false }
        let field = type.fields[index]
        return !field.isLet && !field.holdsWeakly && !field.isImplicitlyUnwrapped && !field.hasPrivateSetter
            && type.observers[index] == nil
    }

    /// An index the generator evaluates in place: a literal or a name (no call to hoist, no range).
    private static func isPlainIndex(_ expr: Expr) -> Bool {
        switch expr.kind {
        case .intLiteral, .stringLiteral, .name: return true
        default: return false
        }
    }
}
