import Diagnostics

/// The checker's diagnostics about names (issue 12, session 17): a value named by nothing the notebook, the standard
/// library or the bindings declare, `cannot find 'x' in scope` (`Compiler.unknownName`). The generator suggests the
/// nearest name it can see (`did you mean 'y'?`). The checker knows a superset of the names the generator can see
/// (`knownNames`: every name of the notebook but the locals not visible at the use, which the resolver lists) and a
/// subset of them (`certainlyVisible`: the visible locals, the globals and the library's names). The suggestion is
/// the nearest name, ties to the first in order (`NameSuggester`): when the superset's suggestion is in the subset,
/// or the superset has none, the generator's is the same, and the checker reports it.
extension TypeChecker {
    /// `let a = undefinedName`, `takes(1)`: a name the resolver left unresolved (nothing declares it); reports it at
    /// the name and returns true, or false when the generator may suggest another name. The name's message does not
    /// depend on a generic body's type arguments, so it is reported in every body.
    func reportsUnknownName(_ expr: Expr, _ name: String) -> Bool {
        let referent = resolution.referent(of: expr)
        if let library = Compiler.unsupportedLibraryName(name), referent == .unresolved || referent == .builtin,
           !knownNames().contains(name) {
            reportInEveryBody(.typeNotSupported(library), at: expr.location)  // `Float(x)`, `Date()`: refused, not unknown
            return true
        }
        guard referent == .unresolved, !Compiler.isOperatorName(name), !Self.isBuilderVariable(name),
              !Self.namesTheGeneratorReadsItself.contains(name), !Compiler.mathModules.contains(name),
              compiler.builtinType(named: name) == nil else { return false }
        let locals = resolution.localsVisibleAtUnresolvedUse[expr] ?? []
        let suggestion = NameSuggester.suggestion(for: name, among: knownNames(visibleLocals: locals))
        // A suggestion the checker cannot be sure of is the generator's (`Compiler.unknownName`).
        guard suggestion.map({ certainlyVisible($0, locals: locals) }) ?? true else { return false }
        reportInEveryBody(.cannotFindInScope(name, suggestion: suggestion), at: expr.location)
        return true
    }

    /// A capture-list entry naming nothing (`{ [zz] in 1 }`): `cannot find 'zz' in scope` at the entry, with the
    /// nearest name as its suggestion when the generator's scope certainly holds it (none otherwise).
    func reportUnknownCapture(_ name: String, at location: SourceLocation) {
        guard resolution.referent(at: location) == .unresolved, compiler.builtinType(named: name) == nil else { return }
        let locals = resolution.localsVisibleAtUnresolvedLocation[location] ?? []
        let suggestion = NameSuggester.suggestion(for: name, among: knownNames(visibleLocals: locals))
        reportInEveryBody(.cannotFindInScope(name, suggestion: suggestion.flatMap { certainlyVisible($0, locals: locals) ? $0 : nil }),
                          at: location)
    }

    /// Whether the generator's scope certainly holds `name` wherever it reports an unknown name whose visible locals
    /// are `locals` (`Compiler.candidateNames`): one of them, a global declared already, a type or a library name.
    private func certainlyVisible(_ name: String, locals: Set<String>) -> Bool {
        locals.contains(name) || compiler.globalScope.names[name] != nil || Compiler.builtinFunctionNames.contains(name)
            || compiler.registry.functions[name] != nil || compiler.registry.types[name] != nil
            || ["Int", "Double", "String", "Bool", "Array"].contains(name) || compiler.declarations.userTypes[name] != nil
    }

    /// `let t = Int`: a type's name written alone as a variable's value, which the generator refuses with `expected
    /// member name or initializer call after type name` (`Compiler.compileName`, where no variable or function has the
    /// name); reports it at the name and returns true. (Elsewhere a type's name may be a member's base, `Int.init`.)
    func reportsTypeNameAlone(_ expr: Expr, _ name: String) -> Bool {
        guard let referent = resolution.referent(of: expr), referent == .builtin || referent == .unresolved
                || declarationKind(of: referent) == .type,
              compiler.builtinType(named: name) != nil || compiler.declarations.userTypes[name] != nil
                || compiler.registry.types[name] != nil,
              compiler.globalScope.names[name] == nil, compiler.registry.functions[name] == nil,
              !Compiler.builtinFunctionNames.contains(name), !Self.namesTheGeneratorReadsItself.contains(name) else { return false }
        reportOnce(.typeNameAlone, at: expr.location)
        return true
    }

    /// Names the generator reads without looking them up (`CharacterSet.letters`, `Swift.max`, accessors' values).
    private static let namesTheGeneratorReadsItself: Set<String> = ["self", "super", "Self", "CharacterSet", "Swift",
                                                                     "newValue", "oldValue", "error", "type"]

    /// Every name the generator could find or suggest anywhere in the cell: the cell's declarations, the notebook's
    /// globals, the standard library's and the bindings' functions and types, and every member of every type. With
    /// `visibleLocals`, at one use: of the cell's variables, constants and parameters below the top level, only those.
    private func knownNames(visibleLocals: Set<String>? = nil) -> Set<String> {
        var names = Set(resolution.declarations.lazy.filter { declaration in
            guard visibleLocals != nil, !declaration.isTopLevel else { return true }
            switch declaration.kind {
            case .constant, .variable, .parameter, .closureParameter, .captureListEntry: return false
            default: return true
            }
        }.map(\.name))
        names.formUnion(visibleLocals ?? [])
        names.formUnion(compiler.globalScope.names.keys)
        names.formUnion(Compiler.builtinFunctionNames)
        names.formUnion(compiler.registry.functions.keys)
        names.formUnion(compiler.registry.types.keys)
        names.formUnion(["Int", "Double", "String", "Bool", "Array"])
        names.formUnion(compiler.declarations.userTypes.keys)
        names.formUnion(compiler.protocolState.genericFunctions.keys)
        names.formUnion(compiler.protocolState.genericTypes.keys)
        for type in Array(compiler.declarations.userTypes.values) + Array(compiler.protocolState.builtinExtensions.values) {
            names.formUnion(type.fields.map(\.name))
            names.formUnion(type.computed.keys)
            names.formUnion(type.methods.keys)
            names.formUnion(type.staticMethods.keys)
            names.formUnion(type.staticComputed.keys)
            names.formUnion(type.staticFields.keys)
            names.formUnion(type.cases.map(\.name))
        }
        return names
    }

    /// A written type name that names nothing: `Float` (`type 'Float' is not supported in nbrun cells`) or a name no
    /// type, alias, generic parameter or binding has (`cannot find type 'Strin' in scope`, with the generator's
    /// suggestion among the same candidates), as `Compiler.resolveType` reports them, at the name. Only for plain names
    /// that no declaration of the cell and no generic declaration of the notebook uses (generic parameters, associated
    /// types), outside bodies checked per specialization.
    func unknownTypeName(_ type: TypeExpr) {
        if case .named(let name, let location) = type, location.line > 0, location.line < LibraryTypes.firstLine, specialization == nil,
           let refused = Self.refusedLibraryType(in: name, declared: compiler.declarations.userTypes) {
            reportOnce(.typeNotSupported(refused), at: location)  // `AnySequence<Int>`, `Result<Int, Error>`
            return
        }
        guard case .named(let name, let location) = type, location.line > 0, location.line < LibraryTypes.firstLine,
              specialization == nil, genericSelf == nil,
              protocolSelf == nil, conformingSelf == nil, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }),
              IntegerKind(name: name) == nil, compiler.registry.types[name] == nil, compiler.registry.constants[name] == nil,
              compiler.declarations.typeAliases[name] == nil, compiler.declarations.userTypes[name] == nil,
              !compiler.declarations.userTypes.keys.contains(where: { $0.hasSuffix("." + name) }),  // a nested type
              !compiler.declarations.typeAliases.keys.contains(where: { $0.hasSuffix("." + name) }),
              compiler.protocolState.genericTypes[name] == nil, !Self.namesTheGeneratorReadsItself.contains(name),
              !["Any", "AnyObject", "Self", "UnicodeScalar", "Set", "Array", "Dictionary", "Optional"].contains(name),
              !resolution.declarations.contains(where: { $0.name == name }),
              !compiler.protocolState.genericFunctions.values.joined().contains(where: { $0.genericParameters.contains { $0.name == name } }),
              !compiler.protocolState.genericTypes.values.contains(where: { $0.decl.genericParameters.contains { $0.name == name } })
        else { return }
        if name == "Float" {
            reportOnce(.typeNotSupported(name), at: location)
        } else if let library = Compiler.unmodelledLibraryType(name) {
            reportOnce(.typeNotSupported(library), at: location)
        } else if Compiler.supportedConformances.contains(name) {
            reportOnce(.typeNotSupported("any " + name), at: location)  // a library protocol as a type (`any Equatable`)
        } else {
            let candidates = ["Int", "Double", "Bool", "String"] + Array(compiler.registry.types.keys)
                + Array(compiler.registry.constants.keys) + Array(compiler.declarations.userTypes.keys)
            reportOnce(.cannotFindTypeInScope(name, suggestion: NameSuggester.suggestion(for: name, among: candidates)), at: location)
        }
    }

    /// The library type nbrun does not model that a written generic or member type name spells or takes as a type
    /// argument (`AnySequence<Int>`, `Array<Int>.Iterator`, `Error` in `Result<Int, Error>`: `any Error`), as
    /// `Compiler.resolveType` refuses it; nil otherwise and for plain names (`unknownTypeName` takes those).
    static func refusedLibraryType(in name: String, declared: [String: UserType]) -> String? {
        guard name.contains("<") || name.contains(".") else { return nil }
        if let library = Compiler.unmodelledLibraryType(name) { return library }
        guard let open = name.firstIndex(of: "<"), let close = name.lastIndex(of: ">"), open < close else { return nil }
        for argument in Compiler.splitTypeArguments(String(name[name.index(after: open)..<close])) {
            let text = argument.trimmingCharacters(in: .whitespaces)
            if declared[text] == nil, text == "Float" || Compiler.supportedConformances.contains(text) {
                return text == "Float" ? text : "any " + text
            }
            if let inner = refusedLibraryType(in: text, declared: declared) ?? Compiler.unmodelledLibraryType(text) { return inner }
        }
        return nil
    }
}
