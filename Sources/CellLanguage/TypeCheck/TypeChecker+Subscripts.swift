/// Subscripts a declared type declares (`matrix[1, 0]`), read on a value of that type.
extension TypeChecker {
    /// `base[arguments]` on a non-generic struct, class or enum with declared instance subscripts (and no generic
    /// one, of its own or of a protocol extension, which the compiler tries first): the getter the
    /// labels (then the argument types) select, its arguments checked against its parameters; nil otherwise.
    func userSubscript(_ type: UserType, _ arguments: [Argument]) -> CType? {
        guard type.kind != .protocolType, type.extendedBuiltin == nil, !type.subscripts.isEmpty, !isGeneric(type),
              !compiler.hasGenericMember(type, "subscript", isStatic: false), !mayAdoptTemplateSubscripts(type) else {
            uncheckedArguments(arguments)
            return nil
        }
        return declaredCall(type.subscripts.map(\.getter), arguments, receiver: true)
    }

    /// Whether a protocol extension compiled as a template for each conforming type (a protocol with associated
    /// types) declares subscripts `type` may adopt when its bodies compile, after the checker ran.
    private func mayAdoptTemplateSubscripts(_ type: UserType) -> Bool {
        !type.conformances.isEmpty && compiler.protocolState.protocolExtensions.contains { !$0.decl.subscripts.isEmpty }
    }
}
