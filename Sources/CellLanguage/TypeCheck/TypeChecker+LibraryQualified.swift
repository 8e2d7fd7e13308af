import Diagnostics

/// `Swift.max(a, b)`, `Swift.min(…)` and `Foundation.sqrt(x)`: global functions named through their module, as
/// `Compiler.checkedCallee` compiles them (inside an extension of `Array`, whose `min()` and `max()` hide them).
extension TypeChecker {
    /// The modules a cell may name a library function through (`Swift.min`, `Foundation.sqrt`).
    private static let libraryModules: Set<String> = Compiler.mathModules.union(["Swift"])

    /// The call's type when `base.name` is `Swift.min` or `Swift.max` (`.some(nil)`: unknown); nil for any other
    /// member call. A name no library module has (`Swift.minx(a, b)`) is swiftc's `module 'Swift' has no member
    /// named 'minx'`, at the base; a library name nbrun does not take through its module (`Swift.print(x)`) is
    /// refused there.
    func libraryQualifiedCall(_ base: Expr, _ name: String, _ arguments: [Argument], expected: CType?,
                              at nameLocation: SourceLocation) -> CType?? {
        guard let module = libraryModule(base) else { return nil }
        guard Compiler.isLibraryFunction(module, name) else {
            uncheckedArguments(arguments)
            reportModuleMember(module, name, at: base.location)
            return .some(.error)
        }
        if module != "Swift" { return .some(mathCall(name, .builtin, arguments)) }
        return moduleBuiltinCall(name, .builtin, arguments, expected: expected, at: nameLocation) ?? .some(nil)
    }

    /// `Swift.max` or `Foundation.sqrt` read as a value (not called): refused at the base for a library name (cells
    /// take such names through their module in calls only), swiftc's `module 'Swift' has no member named …` for
    /// another; nil when `base` names no library module.
    func libraryQualifiedValue(_ base: Expr, _ name: String) -> CType? {
        guard compiler.builtinType(named: name) == nil, !StdlibTables.typeNames.contains(name),
              let module = libraryModule(base) else { return nil }
        reportModuleMember(module, name, at: base.location)
        return .error
    }

    /// The library module `base` names (`Swift`, `Foundation`), unless a declaration of the cell takes the name.
    private func libraryModule(_ base: Expr) -> String? {
        guard case .name(let module) = base.kind, Self.libraryModules.contains(module),
              compiler.declarations.userTypes[module] == nil, compiler.declarations.typeAliases[module] == nil else { return nil }
        switch resolution.referent(of: base) {
        case .builtin?, .unresolved?: return module
        default: return nil
        }
    }

    /// Reports `module.name` where cells do not take it: nbrun's refusal for a library name, swiftc's `module '…' has
    /// no member named '…'` for another.
    private func reportModuleMember(_ module: String, _ name: String, at location: SourceLocation) {
        report(isLibraryName(name) ? .unsupported(.moduleQualifiedName, module, name) : .moduleHasNoMember(module, member: name),
               at: location)
    }

    /// Whether the standard library or a binding declares `name` as a function or type nbrun knows: a name the
    /// resolver takes as the library's, a type the tables describe, a built-in type or a binding's.
    private func isLibraryName(_ name: String) -> Bool {
        ResolverContext.standardNames.contains(name) || StdlibTables.typeNames.contains(name)
            || compiler.builtinType(named: name) != nil || IntegerKind(name: name) != nil
            || compiler.registry.functions[name] != nil || compiler.registry.types[name] != nil
    }
}
