/// Members that extensions of built-in types add (`extension Int { var doubled: Int { … } }`), used on values of
/// those types: the compiler looks them up before the standard library's.
extension TypeChecker {
    /// The extension of the built-in type `receiver` that declares the member `name` without generic members.
    private func builtinExtension(of receiver: CType, declaring name: String) -> UserType? {
        guard let owner = extensionReach.ownExtension(of: receiver), compiler.protocolState.genericMembers[owner] == nil,
              owner.computed[name] != nil || owner.methods[name] != nil else { return nil }
        return owner
    }

    /// `base.name` where an extension of the receiver's built-in type declares the computed property `name`; `3.ft`
    /// where only Double's extension has `ft`: Double's (the literal read as a Double,
    /// `Compiler.compileProtocolOrExtensionMember`).
    func builtinExtensionMember(_ receiver: CType, _ name: String, base: Expr) -> CType? {
        let extensions = compiler.protocolState.builtinExtensions
        if receiver == .int, case .intLiteral = base.kind, extensions["Int"]?.computed[name] == nil,
           let getter = extensions["Double"]?.computed[name] {
            return getter.returnType
        }
        return builtinExtension(of: receiver, declaring: name)?.computed[name]?.returnType
    }

    /// `base.name(arguments)` where an extension of the receiver's built-in type declares the method `name`
    /// (`.some(nil)` when unknown; nil when no extension declares it).
    func builtinExtensionCall(_ receiver: CType, _ name: String, _ arguments: [Argument]) -> CType?? {
        if let generic = builtinGenericCall(receiver, name, arguments) { return generic }
        guard let owner = builtinExtension(of: receiver, declaring: name), let infos = owner.methods[name],
              !Compiler.isStdlibOverload(of: infos, on: receiver, name, arguments) else { return nil }
        return .some(declaredCall(infos, arguments, receiver: true))
    }

    /// Whether `receiver.name(arguments)` calls the library's method beside an extension's of the same name
    /// (`x.rounded()` beside `rounded(toPlaces:)`), as the generator decides (`Compiler.isStdlibOverload`).
    func callsStdlibOverload(_ receiver: CType, _ name: String, _ arguments: [Argument]) -> Bool {
        guard let owner = builtinExtension(of: receiver, declaring: name), let infos = owner.methods[name] else { return false }
        return Compiler.isStdlibOverload(of: infos, on: receiver, name, arguments)
    }

    /// `name(arguments)` without a receiver in the bodies of an extension of a built-in type: a method the
    /// extension declares and the standard library does not.
    func implicitBuiltinExtensionCall(_ name: String, _ arguments: [Argument]) -> CType?? {
        guard let selfType, let builtin = selfType.extendedBuiltin,
              StdlibTables.table(for: builtin)?.methods(named: name).isEmpty ?? true,
              StdlibTables.table(for: builtin)?.property(named: name) == nil else { return nil }
        return builtinExtensionCall(builtin, name, arguments)
    }
}
