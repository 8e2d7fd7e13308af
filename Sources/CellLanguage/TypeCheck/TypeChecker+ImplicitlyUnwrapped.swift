/// Implicitly unwrapped optionals (`var x: Int!`, `var next: Node!`), typed as swiftc types them: the variable or
/// stored property is a `T?`, and a read of it is forced (`T`) where a non-optional is needed: a value of a
/// non-optional type is expected, a member, method or subscript of `T` is used, an operator other than `==`, `!=`,
/// `??`, `===` and `!==` takes it, or a compound assignment targets it (`Compiler+ImplicitlyUnwrapped` generates
/// those forced reads). A forced read's node keeps the type `T?` when its parent uses the `T` (`a.count`: `a` is a
/// `String?` read, the member a `count` of the String), and is a `T` when the context wants one (`let n: Int = x`).
extension TypeChecker {
    /// Whether the cell's expressions may read implicitly unwrapped optionals.
    var checksImplicitlyUnwrapped: Bool {
        compiler.hasImplicitlyUnwrapped || !implicitlyUnwrappedDeclarations.isEmpty
    }

    /// Notes that the declaration of `pattern` is `T!` (`annotation`): its type is `T?`, its reads may be forced.
    func declareImplicitlyUnwrapped(_ pattern: BindingPattern, _ annotation: TypeExpr) -> CType? {
        guard case .implicitlyUnwrapped(let wrapped) = annotation, let type = resolve(wrapped) else { return nil }
        if case .name(let name, let location) = pattern, let index = declarationIndex(name, at: location) {
            implicitlyUnwrappedDeclarations.insert(index)
        }
        return .optional(type)
    }

    /// The type of `expr` when it is an implicitly unwrapped read forced by its context or its parent (its node
    /// recorded); nil when nothing is forced. Marks the children its own type forces (`forcedReads`).
    func implicitlyUnwrappedRead(_ expr: Expr, expected: CType?) -> CType?? {
        if forcedReads.remove(expr) != nil {
            // Forced by its parent: the node reads the optional, the parent uses the value.
            guard case .optional(let wrapped)? = check(expr, expected: nil) else { return .some(nil) }
            return .some(wrapped)
        }
        switch expr.kind {
        case .name, .member:
            if let expected, !expected.hasError, !Compiler.isOptional(expected), readsImplicitlyUnwrapped(expr) {
                guard case .optional(let wrapped)? = check(expr, expected: nil) else { return .some(nil) }
                return .some(record(expr, wrapped, expected: expected))
            }
            if case .member(let base?, _, _) = expr.kind { force(base) }
        case .call(let callee, _):
            if case .member(let base?, _, _) = callee.kind { force(base) }
        case .binary(let op, let lhs, let rhs, _) where !Compiler.optionalOperators.contains(op):
            force(lhs)
            force(rhs)
        case .subscriptAccess(let base, _):
            force(base)
        default:
            break
        }
        return nil
    }

    /// Marks `expr` as forced when it reads an implicitly unwrapped optional.
    private func force(_ expr: Expr) {
        if readsImplicitlyUnwrapped(expr) { forcedReads.insert(expr) }
    }

    /// Forgets the marks of `expr`'s children its parent's check did not reach.
    func unmarkForcedChildren(of expr: Expr) {
        guard !forcedReads.isEmpty else { return }
        expr.forEachChild { forcedReads.remove($0) }
        if case .call(let callee, _) = expr.kind { callee.forEachChild { forcedReads.remove($0) } }
    }

    /// Whether `expr` reads a variable or a stored property declared `T!` (as `Compiler.readsImplicitlyUnwrapped`
    /// decides, from the types the checker knows without recording anything).
    func readsImplicitlyUnwrapped(_ expr: Expr) -> Bool {
        switch expr.kind {
        case .name(let name):
            switch resolution.referent(of: expr) {
            case .local(let index)?, .capture(let index)?, .global(let index)?:
                return implicitlyUnwrappedDeclarations.contains(index)
            case .earlierGlobal?:
                guard case .variable(let variable)? = compiler.globalScope.names[name] else { return false }
                return variable.isImplicitlyUnwrapped
            default:
                return false
            }
        case .member(let base?, let name, _):
            var baseType = peekType(base)
            if case .optional(let wrapped)? = baseType { baseType = wrapped }
            guard case .user(let type)? = baseType, let index = type.fieldIndex(name) else { return false }
            return type.fields[index].isImplicitlyUnwrapped
        default:
            return false
        }
    }

    /// The type of a name or a stored-property chain, found without recording anything.
    private func peekType(_ expr: Expr) -> CType? {
        switch expr.kind {
        case .name(let name):
            return self.name(expr, name)
        case .member(let base?, let name, _):
            var baseType = peekType(base)
            if readsImplicitlyUnwrapped(base), case .optional(let wrapped)? = baseType { baseType = wrapped }
            guard case .user(let type)? = baseType, type.kind != .protocolType, !isGeneric(type),
                  let index = type.fieldIndex(name), !type.fields[index].holdsWeakly else { return nil }
            return type.fields[index].type
        default:
            return nil
        }
    }
}
