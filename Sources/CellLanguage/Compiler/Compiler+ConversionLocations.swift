import Diagnostics

extension Compiler {
    /// Where swiftc reports a value that does not convert to an argument's, an annotation's or an element's type: at
    /// the member's name for a member or a method call's result (`f(xs.dropFirst())` at `dropFirst`), else at the
    /// value's start.
    static func conversionLocation(of value: Expr) -> SourceLocation {
        switch value.kind {
        case .member(_?, _, let name): return name
        case .call(let callee, _):
            if case .member(_?, _, let name) = callee.kind { return name }
            return value.location
        default: return value.location
        }
    }

    /// Where swiftc reports a condition that is not Bool: at a binary operator (`if x * 2` at `*`), else where it
    /// reports a value that does not convert (`conversionLocation(of:)`).
    static func conditionLocation(of condition: Expr) -> SourceLocation {
        if case .binary(_, _, _, let op) = condition.kind { return op }
        return conversionLocation(of: condition)
    }
}
