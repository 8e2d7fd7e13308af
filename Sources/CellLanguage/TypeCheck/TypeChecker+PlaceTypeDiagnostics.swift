/// Type mistakes in places (assignment targets, `inout` arguments, mutating receivers), which the generator reported
/// while it compiled the place (`Compiler+Places`): an optional chain or a force unwrap of a value that is no optional,
/// a stored member the base's type does not have, a subscript its type does not have, and an array index of another
/// type than Int; in swiftc's words, at its positions.
extension TypeChecker {
    /// `p?.x = 2`, `p!.x = 2` where `p` (of type `found`) is no optional: reported at the `?` or `!`; nil.
    func nonOptionalPlace(_ found: CType?, chain: Bool, at location: SourceLocation) -> CType? {
        guard let found, !found.hasError, !found.isOptional else { return nil }
        report(chain ? .optionalChainOnNonOptional(found) : .forceUnwrapNonOptional(found), at: location)
        return nil
    }

    /// `p.y = 2` where the place's type has no member `y` (`value of type 'P' has no member 'y'`, at the name), as
    /// a read reports it (`missingMember`); nil.
    func missingPlaceMember(_ base: CType?, _ name: String, at location: SourceLocation) -> CType? {
        guard let base, !base.hasError else { return nil }
        _ = missingMember(base, name, at: location)
        return nil
    }

    /// `n[0] = 1` on a value whose type has no subscripts (`value of type 'Int' has no subscripts`), `s[i] = c` on a
    /// String (`cannot assign through subscript: subscript is get-only`), at the `[`: true when reported (the
    /// arguments checked without a context).
    func reportsMissingPlaceSubscript(_ base: CType?, _ arguments: [Argument], at location: SourceLocation) -> Bool {
        guard let base, !base.hasError else { return false }
        switch base {
        case .string, .substring:
            guard certainlyBuiltinMembers(of: base), !protocolExtensionsSupplySubscripts(to: base) else { return false }
            uncheckedArguments(arguments)
            report(.getOnlySubscript(), at: location)
            return true
        case .user(let type) where !type.subscripts.isEmpty:
            return false
        default:
            return missingValueSubscript(base, arguments, at: location) ?? missingSubscript(base, at: location) != nil
        }
    }

    /// An array element's place indexed with a value of a type the checker knows whole that is no Int and no range
    /// (`xs["a"] = 2`: `cannot convert value of type 'String' to expected argument type 'Int'`, at the index).
    func reportsArrayPlaceIndex(_ found: CType?, _ index: Expr) -> Bool {
        guard let found, !found.hasError, found != .int, isClosed(found) else { return false }
        report(.argumentType(found, expected: .int), at: index.location)
        return true
    }
}
