/// `if` expressions (Swift 5.9) the lowering turned into `? :`, and `switch` expressions (closures called at once):
/// the checks where swiftc types them differently.
extension TypeChecker {
    /// An `if` expression without a contextual type (lowered to `? :`, its values marked `isBranchValue`): swiftc
    /// types each branch alone, so `if c { 1.5 } else { 2 }` and `if c { x } else { 2 }` (`x` a Double) are
    /// `branches have mismatching types 'Double' and 'Int'` (at the first value), where `c ? x : 2` would be a
    /// Double. Each value is a literal (its default type) or needs no context (`isContextFree`, typed on trial);
    /// nil when they agree, when one is of another kind, or when a type is no plain value type (`isPlainBranchType`:
    /// classes and optionals join in swiftc).
    func literalBranchMismatch(_ then: Expr, _ otherwise: Expr) -> CType? {
        var values = [then]
        var rest = otherwise
        while case .ternary(_, let value, let next) = rest.kind, value.isBranchValue {
            values.append(value)
            rest = next
        }
        values.append(rest)
        var types: [CType] = []
        for value in values {
            guard let type = Self.aloneLiteralType(value) ?? contextFreeBranchType(value) else { return nil }
            types.append(type)
        }
        guard let first = types.first, let other = types.first(where: { $0 != first }),
              isPlainBranchType(first), isPlainBranchType(other) else { return nil }
        report(.branchesMismatch(first, other), at: then.conversionLocation)
        return .error
    }

    /// An `if` expression without a contextual type whose branches were typed as `? :` types them (`n + 1` and a
    /// String) to plain types that differ: swiftc's `branches have mismatching types`, at the first value; nil
    /// otherwise (then as a conditional's).
    func branchTypesMismatch(_ a: CType, _ b: CType, at then: Expr) -> CType? {
        guard a != b, isPlainBranchType(a), isPlainBranchType(b) else { return nil }
        report(.branchesMismatch(a, b), at: then.conversionLocation)
        return .error
    }

    /// `let d: Double = switch c { case true: 1 … }` (a closure called at once) or `{ 1 }()` where a type is expected:
    /// the closure returns that type, as swiftc types it (`1` a Double), recorded for the generator
    /// (`Compiler.valueClosureContext`: `() -> Double`, a throwing one when its body throws); nil (recorded too)
    /// without such a context (`Any`, none), or for any other call.
    func valueClosureContext(_ callee: Expr, _ arguments: [Argument], expected: CType?) -> CType? {
        guard case .closure(let literal) = callee.kind, literal.parameters.isEmpty, arguments.isEmpty,
              !literal.isInlineExpression else { return nil }
        var context: CType?
        if let expected, literal.returnType == nil, !expected.hasError, isClosed(expected), !compiler.isAnyContext(expected) {
            context = recordClosureThrows(callee) == true ? .throwingFunction([], expected) : .function([], expected)
        }
        recordDecidedContext(callee, context, basis: [expected])
        return context
    }

    /// The closest common superclass of two class types (`c ? Dog() : Cat()` is an `Animal` in swiftc, as the
    /// generator compiles it: `Compiler.commonSuperclass`); nil for any other pair.
    func commonSuperclass(_ a: CType, _ b: CType) -> CType? {
        guard case .user(var common) = a, case .user(let other) = b, common.kind == .classType, other.kind == .classType else {
            return nil
        }
        while !other.isSubclass(of: common) {
            guard let base = common.superclass else { return nil }
            common = base
        }
        return .user(common)
    }

    /// A literal's type alone: a number's default type, a string's or a Boolean's; nil for any other expression.
    private static func aloneLiteralType(_ value: Expr) -> CType? {
        if value.isNumericLiteral { return value.containsFloatLiteral ? .double : .int }
        switch value.kind {
        case .boolLiteral: return .bool
        case .stringLiteral: return .string
        default: return nil
        }
    }

    /// The type of a branch value that needs no context (a name, a member, a call …), checked on trial and undone
    /// (the branch is checked again as the conditional's); nil for other values and for a mistake.
    private func contextFreeBranchType(_ value: Expr) -> CType? {
        guard Self.isContextFree(value) else { return nil }
        let mark = beginTrial()
        let type = check(value, expected: nil)
        rollback(to: mark)
        guard let type, !type.hasError else { return nil }
        return type
    }

    /// Whether two branches of type `type` and another certainly have no common type in swiftc: a number, a
    /// Boolean, a text type or a non-generic struct or enum (classes join in their superclass, optionals with
    /// their wrapped type).
    func isPlainBranchType(_ type: CType) -> Bool {
        switch type {
        case .int, .double, .bool, .string, .character, .substring, .integer, .unicodeScalar: return true
        case .user(let user): return (user.kind == .structure || user.kind == .enumeration) && !isGeneric(user)
        default: return false
        }
    }
}
