import Diagnostics

/// Mistakes the generator's conversions used to report themselves (`Compiler.coerce`, issue 12: the generator only
/// converts, `Compiler.converted`), decided by the checker in swiftc's words and at its positions.
extension TypeChecker {
    /// Reports an argument of a generic function's call whose parameter names no type parameter (`from: Int` in
    /// `contains<T>(_:_:from:)`) and whose value does not convert to it (`from: "s"`): swiftc's `cannot convert value
    /// of type 'String' to expected argument type 'Int'` at the value; true when it reported (only with a call site).
    func reportsConcreteParameterMistake(_ value: Expr, _ found: CType, _ pattern: TypeExpr, _ names: Set<String>,
                                         _ outer: [String: CType], _ site: GenericCallSite?) -> Bool {
        guard site != nil, !Compiler.mentions(pattern, names), !found.hasError,
              let parameter = under(outer, { resolve(pattern) }), !parameter.hasError, !compiler.mentionsPlaceholder(parameter),
              certainlyMismatches(found, parameter) || refusesConversion(found, parameter) else { return false }
        report(.argumentType(found, expected: parameter), at: value.conversionLocation)
        return true
    }

    /// The first part of a tuple literal (`("b", "c")`) that does not convert to the same part of the tuple type
    /// `expected` (`(String, Int)`), as swiftc points at it: the part, its type and the expected one; nil otherwise.
    func mismatchedTuplePart(_ item: Expr, _ found: CType, _ expected: CType) -> (Expr, CType, CType)? {
        guard case .tuple(let parts) = item.kind, case .tuple(let types) = found, case .tuple(let expectedTypes) = expected,
              parts.count == types.count, types.count == expectedTypes.count,
              types.map(\.label) == expectedTypes.map(\.label) else { return nil }
        for (part, (type, target)) in zip(parts, zip(types, expectedTypes))
        where certainlyMismatches(type.type, target.type) || refusesConversion(type.type, target.type) {
            return (part.value, type.type, target.type)
        }
        return nil
    }

    /// `a?.name += 2` through an optional chain to a String, whose `+=` appends a String or a Substring: swiftc's
    /// conversion of the value to a String, at the value; nil otherwise.
    func chainedAppendMistake(_ op: String, _ place: CType, _ found: CType, _ value: Expr) -> CType? {
        guard op == "+=", place == .string, found != .substring, !declaredOperators.contains(op), !found.hasError,
              certainlyMismatches(found, place) || refusesConversion(found, place) else { return nil }
        report(.argumentType(found, expected: place), at: value.conversionLocation)
        return .error
    }
}
