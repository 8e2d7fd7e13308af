import Diagnostics

/// Compositions written as types (`let place: Location & Named`, `[Location & Named]`): the generator's composition
/// type (`Compiler.protocolComposition`), made here when no signature made it yet, so that the values are typed and
/// a member they lack is swiftc's `value of type 'any Location & Named' has no member 'namex'`.
extension TypeChecker {
    /// The composition `name` names when each part is a declared protocol but one optional first class (refused
    /// compositions are `refusedComposition`'s); nil for any other name.
    func composition(named name: String, at location: SourceLocation) -> CType? {
        guard name.contains(" & "), compiler.declarations.typeAliases[name] == nil, compiler.declarations.userTypes[name] == nil else {
            return nil
        }
        if let existing = compiler.protocolState.compositions[name] { return .user(existing) }
        var hasClass = false
        for part in name.components(separatedBy: " & ") {
            guard let type = compiler.declarations.userTypes[part] else { return nil }
            if type.kind == .classType, !hasClass {
                hasClass = true
            } else if type.kind != .protocolType {
                return nil
            }
        }
        return compiler.protocolComposition(name, at: location)
    }
}
