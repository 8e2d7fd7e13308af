import Diagnostics

/// The checker's diagnostics about names (issue 12, session 17): a value named by nothing the notebook, the standard
/// library or the bindings declare, `cannot find 'x' in scope`. Only the checker reports it (session 29: the
/// generator only says it cannot build the name, `Compiler.cannotGenerate`), with the did-you-mean the generator gave
/// (`did you mean 'y'?`): the nearest name it could see. The checker knows a superset of those names (`knownNames`:
/// every name of the notebook but the locals not visible at the use, which the resolver lists) and a subset of them
/// (`certainlyVisible`: the visible locals, the globals and the library's names). The suggestion is the nearest name
/// of the subset, else of the superset, ties to the first in order (`NameSuggester`).
extension TypeChecker {
    /// `let a = undefinedName`, `takes(1)`: a name the resolver left unresolved (nothing declares it); reports it at
    /// the name and returns true, or false when the generator may suggest another name. The name's message does not
    /// depend on a generic body's type arguments, so it is reported in every body.
    func reportsUnknownName(_ expr: Expr, _ name: String) -> Bool {
        if reportsUnknownExtensionMember(expr, name) { return true }
        let referent = resolution.referent(of: expr)
        if let library = Compiler.unsupportedLibraryName(name), referent == .unresolved || referent == .builtin,
           !knownNames().contains(name) {
            reportInEveryBody(.unsupported(.libraryType, library), at: expr.location)  // `Float(x)`, `Date()`: refused, not unknown
            return true
        }
        guard referent == .unresolved, !Compiler.isOperatorName(name), !Self.isBuilderVariable(name),
              !Self.namesTheGeneratorReadsItself.subtracting(Self.implicitlyDeclaredNames).contains(name), !Compiler.mathModules.contains(name),
              compiler.builtinType(named: name) == nil else { return false }
        let suggestion = unknownNameSuggestion(name, locals: resolution.localsVisibleAtUnresolvedUse[expr] ?? [])
        reportInEveryBody(.cannotFindInScope(name, suggestion: suggestion), at: expr.location)
        return true
    }

    /// The did-you-mean of an unknown `name` where the visible locals are `locals` (nil: every local of the cell): the
    /// nearest name the checker knows, preferring one certainly visible at the use.
    private func unknownNameSuggestion(_ name: String, locals: Set<String>?) -> String? {
        let known = knownNames(visibleLocals: locals)
        return NameSuggester.suggestion(for: name, among: known.filter { certainlyVisible($0, locals: locals ?? []) })
            ?? NameSuggester.suggestion(for: name, among: known)
    }

    /// `count2` in the bodies of an extension of a library type (`extension Array`, `extension Collection`, `extension
    /// Int`), where the resolver takes a name nothing declares for a member of the extended type (`.member`): a name
    /// no library table or protocol and no declaration of the notebook (a type's or extension's member, a protocol's
    /// requirement, a template's member) has, which the generator cannot find either (`Compiler.selfMemberExpr`):
    /// swiftc's `cannot find 'x' in scope`, at the name; true when reported.
    func reportsUnknownExtensionMember(_ expr: Expr, _ name: String) -> Bool {
        guard case .member(let owner)? = resolution.referent(of: expr), compiler.declarations.userTypes[owner] == nil,
              let first = name.unicodeScalars.first, first != "$", first != "_", !Self.namesTheGeneratorReadsItself.contains(name),
              !Self.libraryTypeMemberNames.contains(name) || extendedLibraryTypeLacks(owner, name) else { return false }
        let locals = resolution.localsVisibleAtUnresolvedUse[expr] ?? []
        // Another library type's member (`first` in `extension Int`): not one the extended type may have (checked), so
        // only a name visible outside the types (a local, a global, a function) may stand for it.
        if Self.libraryTypeMemberNames.contains(name) {
            guard !certainlyVisible(name, locals: locals),
                  !resolution.declarations.contains(where: { $0.name == name && $0.kind != .member }) else { return false }
        } else {
            guard !declaresMember(name, visibleLocals: locals) else { return false }
        }
        let suggestion = unknownNameSuggestion(name, locals: locals)
        reportInEveryBody(.cannotFindInScope(name, suggestion: suggestion), at: expr.location)
        return true
    }

    /// Whether the library type or protocol an extension extends (`owner`: `Int`, `Array`, `[Double]`, `Collection`)
    /// certainly has no member `name`, instance or static, though another library type has one (`first` in `extension
    /// Int`, `uppercased` in `extension Array`): its table or the protocol's list has none and nothing of the notebook
    /// may add one (`certainlyLacksMember`).
    private func extendedLibraryTypeLacks(_ owner: String, _ name: String) -> Bool {
        if let names = LibraryProtocolMembers.names(of: owner) { return !names.contains(name) && !protocolExtensionsDeclare(name) }
        let typeName = owner.hasPrefix("[") ? "Array" : String(owner.prefix { $0 != "<" })
        guard compiler.declarations.typeAliases[typeName] == nil, let type = compiler.builtinType(named: typeName),
              let table = StdlibTables.table(for: type), !table.allMembers.contains(where: { $0.name == name }),
              !Self.libraryBoundTypeNames.contains(name) else { return false }
        return certainlyLacksMember(type, name)
    }

    /// Every member name of the library's tables and protocols, and the type names the library's generic types and
    /// protocols bind inside their extensions (`Element.zero` in `extension Array where Element: Numeric`).
    private static let libraryTypeMemberNames: Set<String> = {
        var names = Set(StdlibTables.all.flatMap { $0.allMembers.map(\.name) })
        names.formUnion(LibraryProtocolMembers.allNames)
        names.formUnion(libraryBoundTypeNames)
        return names
    }()

    /// The type names the library's generic types and protocols bind inside their extensions (`Element`).
    private static let libraryBoundTypeNames: Set<String> = ["Element", "Index", "Indices", "SubSequence", "Iterator", "Key",
        "Value", "Bound", "Stride", "Magnitude", "Words", "Wrapped", "RawValue", "Scalar", "IntegerLiteralType",
        "FloatLiteralType", "ArrayLiteralElement", "Slice", "Failure", "Output"]

    /// Whether a declaration of the notebook has `name`: one of this cell's (a member, type or function of any body, a
    /// local visible at the use), a global, a function or type of the library or the bindings, a member of a declared
    /// type, extension or protocol (requirements and templates included), a generic member or parameter.
    private func declaresMember(_ name: String, visibleLocals: Set<String>) -> Bool {
        if knownNames(visibleLocals: visibleLocals).contains(name) || compiler.protocolState.genericFunctions.values.joined()
            .contains(where: { $0.genericParameters.contains { $0.name == name } }) { return true }
        let state = compiler.protocolState
        if state.genericTypes.values.contains(where: { $0.decl.genericParameters.contains { $0.name == name } }) { return true }
        if state.genericMembers.values.contains(where: { members in members.keys.contains { $0 == name || $0 == "static " + name } }) {
            return true
        }
        if state.protocolExtensions.contains(where: { Self.declares($0.decl, name) }) { return true }
        return compiler.declarations.userTypes.values.contains { type in
            type.protocolInfo?.requirements.contains { $0.name == name } ?? false
                || type.protocolInfo?.associatedTypes.contains { $0.name == name } ?? false
        }
    }

    /// Whether the type declaration `decl` (or a type nested in it) declares a member named `name`.
    private static func declares(_ decl: TypeDecl, _ name: String) -> Bool {
        decl.methods.contains { $0.name == name } || decl.computed.contains { $0.name == name }
            || decl.fields.contains { $0.name == name } || decl.nested.contains { $0.name == name || declares($0, name) }
    }

    /// `{ [qq] in … }` where nothing declares `qq`: `cannot find 'qq' in scope`, at the entry (the generator's
    /// `Compiler.declareCaptureList` could not build it); true when reported.
    func reportsUnknownCapture(_ name: String, at location: SourceLocation) -> Bool {
        guard resolution.referent(at: location) == .unresolved, !Self.namesTheGeneratorReadsItself.contains(name) else { return false }
        reportInEveryBody(.cannotFindInScope(name, suggestion: unknownNameSuggestion(name, locals: nil)), at: location)
        return true
    }


    /// Whether the generator's scope certainly holds `name` wherever a name is unknown whose visible locals are
    /// `locals`: one of them, a global declared already, a type or a library name.
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

    /// The names accessors and `catch` clauses declare implicitly, which the resolver resolves there (unresolved
    /// elsewhere: `print(newValue)` at the top level is `cannot find 'newValue' in scope`).
    private static let implicitlyDeclaredNames: Set<String> = ["newValue", "oldValue", "error"]

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
    /// suggestion among the known types), at the name; `Compiler.resolveType` cannot build them. Only for plain names
    /// that no declaration of the cell and no generic declaration of the notebook uses (generic parameters, associated
    /// types), outside bodies checked per specialization (a generic body's check under placeholders reports them).
    func unknownTypeName(_ type: TypeExpr) {
        if case .named(let name, let location) = type, location.line > 0, location.line < LibraryTypes.firstLine,
           specialization == nil || bodyContext.reportsPlaceholderMistakes,
           let refused = Self.refusedLibraryType(in: name, declared: compiler.declarations.userTypes) {
            reportOnce(.unsupported(.libraryType, refused), at: location)  // `AnySequence<Int>`, `Result<Int, Error>`
            return
        }
        guard case .named(let name, let location) = type, location.line > 0, location.line < LibraryTypes.firstLine,
              specialization == nil || bodyContext.reportsPlaceholderMistakes, genericSelf == nil,
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
            reportOnce(.unsupported(.libraryType, name), at: location)
        } else if let library = Compiler.unmodelledLibraryType(name) {
            reportOnce(.unsupported(.libraryType, library), at: location)
        } else if Compiler.supportedConformances.contains(name) {
            reportOnce(.unsupported(.libraryType, "any " + name), at: location)  // a library protocol as a type (`any Equatable`)
        } else {
            let candidates = ["Int", "Double", "Bool", "String"] + Array(compiler.registry.types.keys)
                + Array(compiler.registry.constants.keys) + Array(compiler.declarations.userTypes.keys)
            reportOnce(.cannotFindTypeInScope(name, suggestion: NameSuggester.suggestion(for: name, among: candidates)), at: location)
        }
    }

    /// `S.Element` written in a generic signature or body checked under the generator's placeholders, where the
    /// type parameter `S` has no associated type `Element` (`Compiler.missingMemberType`): swiftc's `'Element' is not
    /// a member type of type 'S'`, at the member's name; true after reporting it.
    func reportsMissingMemberType(_ name: String, at location: SourceLocation) -> Bool {
        guard let bindings = specialization, location.line > 0, location.line < LibraryTypes.firstLine,
              let (member, owner) = compiler.missingMemberType(name, bound: { bindings[$0] }) else { return false }
        reportOnce(.notMemberType(member, of: owner), at: SourceLocation(line: location.line, column: location.column + owner.count + 1))
        return true
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
