import Diagnostics

/// The standard library's members named without `self.` in the bodies of an extension of a built-in type
/// (`isEmpty`, `uppercased()`, `filter { … }` in `extension String`): the compiler reads them as `self.name`
/// (`Compiler.selfMemberExpr`), so they type as the same member of the extended type would.
extension TypeChecker {
    /// The extended built-in type whose bodies are being checked, when `owner` names it and no extension declares a
    /// member `name` of its own (which could stand for the table's).
    private func extendedBuiltin(_ owner: String, member name: String) -> CType? {
        guard let selfType, selfType.name == owner, let builtin = selfType.extendedBuiltin,
              !extendsBuiltin(member: name), !isStaticBuiltinMember(name, of: selfType) else { return nil }
        return builtin
    }

    /// Whether the extension's type has a static member `name` (a bare name then reads it through the type).
    private func isStaticBuiltinMember(_ name: String, of type: UserType) -> Bool {
        type.staticFields[name] != nil || type.staticMethods[name] != nil || type.staticComputed[name] != nil
            || compiler.hasGenericMember(type, name, isStatic: true)
    }

    /// A bare `name` that is a property of the extended built-in type's table; nil otherwise.
    func implicitStdlibProperty(_ name: String, of owner: String) -> CType? {
        guard let builtin = extendedBuiltin(owner, member: name),
              let property = StdlibTables.table(for: builtin)?.property(named: name) else { return nil }
        return StdlibSignature(property.declaration, receiver: builtin).propertyType
    }

    /// `name(arguments)` without a receiver, where `name` is a method of the extended built-in type's table
    /// (`max`/`min` excepted: swiftc's lookup differs, `Compiler.checkedCallee`); nil when not such a call.
    func implicitStdlibCall(_ owner: String, _ name: String, _ arguments: [Argument], expected: CType?,
                            at location: SourceLocation) -> CType?? {
        guard genericSelf == nil, protocolSelf == nil, conformingSelf == nil, !Compiler.hiddenByMembers.contains(name),
              let builtin = extendedBuiltin(owner, member: name),
              let table = StdlibTables.table(for: builtin), !table.methods(named: name).isEmpty else { return nil }
        if let mistake = stdlibLabelMistake(table.methods(named: name), name, arguments, implicitSelf: true, at: location) { return .some(mistake) }
        return .some(methodCall(on: builtin, name, arguments, expected: expected, at: location))
    }

    /// `max(a, b)` or `min(a, b)` in an extension of `Int` (whose static `max` swiftc finds first: no function) or of
    /// `Array` (whose instance method `max()` it finds): refused at the name as the generator refuses it
    /// (`Compiler.checkedCallee`), the arguments not compiled; nil for any other call.
    func hiddenGlobalFunctionCall(_ callee: Expr, _ name: String, _ referent: Referent) -> CType? {
        switch referent {
        case .member, .builtin, .unresolved: break
        default: return nil
        }
        guard !callee.isLibraryQualified, Compiler.hiddenByMembers.contains(name), let extended = selfType?.extendedBuiltin
        else { return nil }
        switch extended {
        case .int, .integer: report(.notAFunction(extended), at: callee.location)
        case .array: report(.instanceMethodShadowsGlobal(name), at: callee.location)
        default: return nil
        }
        return .error
    }
}
