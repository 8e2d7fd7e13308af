import Diagnostics

extension Expr {
    /// Where swiftc reports a value that does not convert to an argument's, an annotation's, an element's, a
    /// result's or an assigned place's type (its `Expr::getLoc`): at the member's name for a member or a method
    /// call's result (`f(xs.dropFirst())` at `dropFirst`), at the operator of a binary operation (`let h: Double =
    /// avg / 2` at `/`), else at the value's start.
    var conversionLocation: SourceLocation {
        switch kind {
        case .binary(_, _, _, let op), .assign(_, _, _, let op): return op
        case .member(_?, _, let name): return name
        case .call(let callee, _):
            if case .member(_?, _, let name) = callee.kind { return name }
            return location
        default: return location
        }
    }

    /// Where swiftc reports a condition that is not Bool: where it reports a value that does not convert (at a
    /// binary operator: `if x * 2` at `*`).
    var conditionLocation: SourceLocation { conversionLocation }
}
