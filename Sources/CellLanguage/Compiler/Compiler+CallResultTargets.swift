import Diagnostics

/// Changes of a value a call returned (`f()[0] = 1`, `f().x = 2`, `f()[0] += 1`, `f().append(1)`) and assignments to
/// other expressions that are no places (`(a + b) = 1`, `[1] = [2]`): swiftc's wording, at swiftc's token.
extension Compiler {
    /// How swiftc names the source of an immutable call result: `'f'` for a called function, `function call` for an
    /// initializer or a method; nil when `expr` is no call.
    func callResultSource(_ expr: Expr) -> String? {
        guard case .call(let callee, _) = expr.kind else { return nil }
        if case .name(let name) = callee.kind, declarations.userTypes[name] == nil, builtinType(named: name) == nil,
           registry.types[name] == nil {
            return "'\(name)'"
        }
        return "function call"
    }

    /// `f()[0] = 1` (at the `[`), `f().x = 2` (at `x`), `f()[0] += 1` (at the operator), where `f()` returns a value
    /// (not a class instance): swiftc's `cannot assign through subscript: 'f' returns immutable value`. True when
    /// reported; every other target is left to `compilePlace`.
    func reportCallResultTarget(_ op: String, _ target: Expr, at location: SourceLocation) -> Bool {
        guard inoutArgumentLocation == nil else { return false }
        let base: Expr, access: String, accessLocation: SourceLocation
        switch target.kind {
        case .subscriptAccess(let subscripted, _):
            (base, access, accessLocation) = (subscripted, "cannot assign through subscript", target.location)
        case .member(let owner?, _, let nameLocation):
            (base, access, accessLocation) = (owner, "cannot assign to property", nameLocation)
        default:
            return false
        }
        // The checker's type (`checkerType`): a diagnosis query (is the assigned-through base a call's value result?), asked before the
        // assignment compiles its target its own way (a place).
        guard let source = callResultSource(base), Compiler.isValueResult(checkerType(base)) else { return false }
        if op == "=" {
            error(.changeOfCallResult(access: access, source: source), at: accessLocation)
        } else {
            error(.changeOfCallResult(access: "left side of mutating operator isn't mutable", source: source), at: location)
        }
        return true
    }

    /// The error for an assignment to (or mutating method on) `expr`, which is no place: a call's result, a binary
    /// operator's, a literal, any other expression (swiftc's wording and token for each).
    func reportNotAPlace(_ expr: Expr, type: CType, method: String?, methodAt: SourceLocation?) {
        if case .call(let callee, _) = expr.kind {
            if method != nil, let source = callResultSource(expr) {
                // `f().append(1)`: at the method's name.
                error(.changeOfCallResult(access: "cannot use mutating member on immutable value", source: source),
                      at: methodAt ?? expr.location)
                return
            }
            // swiftc names a called function (`f() = 1`), and points at a called method's name.
            switch callee.kind {
            case .name(let function): error(.assignToCallResult(function: function), at: expr.location)
            case .member(_, _, let nameLocation): error(.assignToCallResult(function: nil), at: nameLocation)
            default: error(.assignToCallResult(function: nil), at: expr.location)
            }
        } else if case .binary(_, _, _, let operatorLocation) = expr.kind {
            error(.changeOfCallResult(access: "cannot assign to value", source: "binary operator"), at: operatorLocation)
        } else if Compiler.isLiteral(expr) {
            // `f(seed: &1)`: swiftc's inout wording, at the `&`.
            if let inoutLocation = inoutArgumentLocation { error(.inoutLiteral, at: inoutLocation) } else { error(.assignToLiteral, at: expr.location) }
        } else {
            error(.assignToImmutableExpression(type), at: expr.location)
        }
    }

    /// Whether a call's result of this type is a value whose change would be lost (a class instance's properties are
    /// assignable; native values are refused by their own rules).
    private static func isValueResult(_ type: CType) -> Bool {
        switch type {
        case .user(let user): return user.kind != .classType
        case .array, .dictionary, .set, .tuple, .string: return true
        default: return false
        }
    }
}
