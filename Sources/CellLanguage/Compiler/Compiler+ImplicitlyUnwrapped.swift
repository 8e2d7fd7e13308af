import Diagnostics

/// Implicitly unwrapped optionals (`let s: String! = …`, `var capitalCity: City!`): an optional whose reads are
/// force-unwrapped where a non-optional is needed (a value of the wrapped type is expected, or a member, method or
/// subscript of the wrapped type is used), and stay optional elsewhere (`let copy = s` is a `String?`), as in
/// Swift; unwrapping nil is a run-time error.
extension Compiler {
    /// Whether a declared type is `T!` (recording that the notebook uses them).
    func noteImplicitlyUnwrapped(_ type: TypeExpr?) -> Bool {
        guard case .implicitlyUnwrapped? = type else { return false }
        hasImplicitlyUnwrapped = true
        return true
    }

    /// Marks the variable a `let name: T! = …` declaration has just declared.
    func markImplicitlyUnwrapped(_ pattern: BindingPattern, _ type: TypeExpr?) {
        guard noteImplicitlyUnwrapped(type), case .name(let name, _) = pattern,
              case .variable(let variable)? = scope.names[name] else { return }  // declared in this scope
        variable.isImplicitlyUnwrapped = true
    }

    /// `expr` with its implicitly unwrapped reads force-unwrapped where Swift unwraps them; nil when none is.
    func implicitlyUnwrapped(_ expr: Expr, expected: CType?) -> Expr? {
        switch expr.kind {
        case .name, .member:
            if let expected, !expected.hasError, !Compiler.isOptional(expected), readsImplicitlyUnwrapped(expr) {
                return unwrap(expr)
            }
            guard case .member(let base?, let name, let location) = expr.kind, readsImplicitlyUnwrapped(base) else { return nil }
            return Expr(.member(unwrap(base), name, location), at: expr.location)
        case .call(let callee, let arguments):
            // `model.steps.tick()` on a `model: Model!` whose `steps` is a `Counter!`: each forced (a mutating
            // method's receiver is a place, not compiled as a read).
            guard case .member(let base?, let name, let location) = callee.kind, let forced = forcedPlace(base) else { return nil }
            let unwrapped = Expr(.member(forced, name, location), at: callee.location)
            return Expr(.call(unwrapped, arguments), at: expr.location)
        case .binary(let op, let lhs, let rhs, let location) where !Compiler.optionalOperators.contains(op):
            let left = readsImplicitlyUnwrapped(lhs), right = readsImplicitlyUnwrapped(rhs)
            guard left || right else { return nil }
            return Expr(.binary(op, left ? unwrap(lhs) : lhs,
                                right ? unwrap(rhs) : rhs, location), at: expr.location)
        case .assign(let op, let target, let value, let location):
            // `count += 1` on an `Int!`: the target is forced; `c.v = 2`, `c.v += 3`, `a[0] = 1` on a `C!`, an
            // `[Int]!`: the bases of the place are.
            guard let place = op == "=" ? forcedBases(target) : forcedPlace(target) else { return nil }
            return Expr(.assign(op, place, value, location), at: expr.location)
        case .subscriptAccess(let base, let arguments):
            guard readsImplicitlyUnwrapped(base) else { return nil }
            return Expr(.subscriptAccess(unwrap(base), arguments), at: expr.location)
        default:
            return nil
        }
    }

    /// The place `expr` with every implicitly unwrapped read in it forced, itself included (`model.steps` on a
    /// `model: Model!` whose `steps` is a `Counter!`: `model!.steps!`); nil when it reads none.
    private func forcedPlace(_ expr: Expr) -> Expr? {
        let rebuilt = forcedBases(expr)
        guard readsImplicitlyUnwrapped(expr) else { return rebuilt }
        return unwrap(rebuilt ?? expr)
    }

    /// The place `expr` (a stored property or an element) with the implicitly unwrapped reads among its bases
    /// forced (`c.inner.v` on a `c: C!`: `c!.inner.v`); nil when no base reads one.
    private func forcedBases(_ expr: Expr) -> Expr? {
        let rebuilt: Expr
        switch expr.kind {
        case .member(let base?, let name, let location):
            guard let forced = forcedPlace(base) else { return nil }
            rebuilt = Expr(.member(forced, name, location), at: expr.location)
        case .subscriptAccess(let base, let arguments):
            guard let forced = forcedPlace(base) else { return nil }
            rebuilt = Expr(.subscriptAccess(forced, arguments), at: expr.location)
        default:
            return nil
        }
        noteSynthesized(rebuilt, from: expr)
        return rebuilt
    }

    /// `expr!`, remembered as implicit (for the run-time error's wording).
    private func unwrap(_ expr: Expr) -> Expr {
        let unwrapped = Expr(.forceUnwrap(expr), at: expr.location)
        implicitUnwraps.insert(unwrapped)
        // Not a node of the user's: its read is recorded on `expr` (the typed AST has no implicit nodes).
        typeTable.noteImplicitUnwrap(unwrapped, of: expr)
        return unwrapped
    }

    /// Operators that take optionals as they are (`x == nil`, `x ?? y`, `a === b`).
    static let optionalOperators: Set<String> = ["==", "!=", "??", "===", "!=="]

    /// Whether `expr` reads a variable or a stored property declared `T!`.
    private func readsImplicitlyUnwrapped(_ expr: Expr) -> Bool {
        switch expr.kind {
        case .name(let name):
            let binding: Binding?
            switch resolvedName(name, node: expr) ?? scopeName(name, at: expr.location) {
            case .member(let member): return readsImplicitlyUnwrapped(member)
            case .binding(let found): binding = found
            }
            guard case .variable(let variable)? = binding else { return false }
            return variable.isImplicitlyUnwrapped
        case .member(let base?, let name, _):
            // The checker's type (`checkerType`): a query (does the member read an implicitly unwrapped optional?) asked before it compiles.
            // A link's base (`counter?` in `counter?.count`) is asked as the value it unwraps, whose type is known
            // without compiling (the link itself is typed only as a link of its chain).
            let queried = if case .optionalChain(let inner) = base.kind { inner } else { base }
            var baseType = checkerType(queried)
            if case .optional(let wrapped) = baseType { baseType = wrapped }  // itself implicitly unwrapped (`a.next.next`)
            guard case .user(let type) = baseType, let index = type.fieldIndex(name) else { return false }
            return type.fields[index].isImplicitlyUnwrapped
        default:
            return false
        }
    }
}
