import Diagnostics

/// The mistakes of a call of a generic function or member whose type arguments the checker binds from the arguments
/// (`bindings`), reported as swiftc reports them (issue 12: the generator specializes, it no longer checks): arguments
/// that bind a type parameter to two types (`conflicting arguments to generic parameter 'T' ('Int' vs. 'String')`), a
/// type parameter nothing binds (`generic parameter 'T' could not be inferred`), a type argument that misses one of
/// its constraints (`global function 'f' requires that 'S' conform to 'P'`, `… inherit from 'K'`) or one of the
/// `where` requirements on associated types (`… requires the types 'Int' and 'String' be equivalent`).
///
/// The generator binds the type arguments from the checker's types of the arguments, so both bind the same ones: a
/// call the checker reports here is one the generator cannot build (`Compiler.inferGenericBindings`).
extension TypeChecker {
    /// Where and how a generic call's mistakes are reported: the callee as swiftc names it (`global function 'f'`,
    /// `instance method 'map'`, `initializer 'init(_:)'`) and the call's position (the callee's name).
    struct GenericCallSite {
        let callee: String
        let location: SourceLocation
    }

    /// The site of a call of the generic member `decl` (a method, static method, initializer or subscript) at `location`.
    static func memberSite(_ decl: FunctionDecl, at location: SourceLocation) -> GenericCallSite {
        let labels = decl.parameters.map { ($0.label ?? "_") + ":" }.joined()
        switch decl.name {
        case "init": return GenericCallSite(callee: "initializer 'init(\(labels))'", location: location)
        case "subscript": return GenericCallSite(callee: "subscript 'subscript(\(labels))'", location: location)
        default:
            return GenericCallSite(callee: "\(decl.isStatic ? "static" : "instance") method '\(Compiler.calleeName(decl))'", location: location)
        }
    }

    /// Reports the arguments of a call at `site` that bind a type parameter to two types: `type`, the argument's,
    /// does not fit `pattern` under the bindings found so far. Nothing is reported when a type involved is unknown.
    func reportConflictingArguments(_ pattern: TypeExpr, _ type: CType, _ names: Set<String>, _ bindings: [String: CType],
                                    at site: GenericCallSite?) {
        guard let site, !type.hasError, !bindings.values.contains(where: \.hasError) else { return }
        let (bound, other) = Self.conflict(pattern, type, names, bindings)
        reportOnce(.conflictingGenericArguments(bound, other), at: site.location)
    }

    /// The two types a type parameter is bound to when `actual` does not fit `pattern` under `bindings` (`Double`
    /// and `Int` for `[T]` given `[Int]` with `T` bound to Double), as swiftc names them.
    static func conflict(_ pattern: TypeExpr, _ actual: CType, _ names: Set<String>, _ bindings: [String: CType]) -> (CType, CType) {
        var alone: [String: CType] = [:]
        _ = Compiler.infer(pattern, actual, names, into: &alone)
        for (name, type) in alone.sorted(by: { $0.key < $1.key }) {
            if let bound = bindings[name], bound != type { return (bound, type) }
        }
        return (bindings.values.first ?? actual, actual)
    }

    /// Reports the first type parameter of `decl` that `bindings` leaves unbound, at `site`.
    func reportUninferredParameter(_ decl: FunctionDecl, _ bindings: [String: CType], at site: GenericCallSite?) {
        guard let site, let missing = decl.genericParameters.first(where: { bindings[$0.name] == nil }) else { return }
        reportOnce(.genericParameterNotInferred(missing.name), at: site.location)
    }

    /// A call of the generic function or member `decl` whose type arguments `bindings` miss a constraint: the first
    /// such, in the order of the type parameters (`global function 'f' requires that 'String' conform to 'Numeric'`,
    /// or `… inherit from 'C'`), then the first `where` requirement they miss, reported at the call. Only when
    /// typing the arguments reported nothing (the generator builds none of them then); nil otherwise.
    func unmetConstraint(_ decl: FunctionDecl, _ bindings: [String: CType], since before: Int, at site: GenericCallSite) -> CType? {
        guard checked.diagnostics.count == before else { return nil }
        for parameter in decl.genericParameters {
            guard let bound = bindings[parameter.name], isDecidable(bound) else { return nil }
            for constraint in parameter.constraints where !compiler.satisfies(bound, constraint) {
                if let superclass = compiler.classConstraint([constraint]) {
                    report(.genericSuperclassRequirement(site.callee, type: bound, className: superclass.name), at: site.location)
                } else {
                    let unmet = unmetConformance(bound, constraint)  // an array's conditional conformance: its element's
                    report(.genericRequirement(site.callee, type: unmet.type, protocolName: unmet.protocolName), at: site.location)
                }
                return .error
            }
        }
        return unmetRequirement(decl.genericRequirements, decl.genericParameters, bindings, at: site)
    }

    /// The associated type `name` (`I.Element`), of type `type`, as swiftc spells it where a String binds `I`:
    /// `'String.Element' (aka 'Character')`; `type` otherwise.
    private static func spelled(_ name: String, _ type: CType, _ bindings: [String: CType]) -> CType {
        guard name.hasSuffix(".Element"), bindings[String(name.dropLast(".Element".count))] == .string else { return type }
        return .native("String.Element aka \(type)")
    }

    /// The first `where` requirement (`T.Item == U.Item`, `T.Item: Equatable`) the type arguments `bindings` and their
    /// associated types miss, reported at the call (`global function 'f' requires the types 'Int' and 'String' be
    /// equivalent`); nil when every one is met or one is unknown.
    func unmetRequirement(_ requirements: [FunctionDecl.GenericRequirement], _ parameters: [(name: String, constraints: [String])],
                          _ bindings: [String: CType], at site: GenericCallSite) -> CType? {
        guard !requirements.isEmpty, let known = boundAssociatedTypes(parameters, bindings) else { return nil }
        for requirement in requirements {
            guard let left = known[requirement.left], isDecidable(left) else { return nil }
            if requirement.isSameType {
                guard let right = known[requirement.right] ?? resolve(.named(requirement.right, requirement.location)),
                      isDecidable(right) else { return nil }
                guard right == left else {
                    report(.genericSameTypeRequirement(site.callee, Self.spelled(requirement.left, left, bindings), right), at: site.location)
                    return .error
                }
            } else if !compiler.satisfies(left, requirement.right) {
                guard compiler.declarations.userTypes[requirement.right]?.kind == .protocolType
                        || Compiler.supportedConformances.contains(requirement.right)
                        || Compiler.arithmeticProtocols[requirement.right] != nil else { return nil }
                report(.genericRequirement(site.callee, type: left, protocolName: requirement.right), at: site.location)
                return .error
            }
        }
        return nil
    }

    /// Whether what a type argument satisfies is the generator's answer too: a type the checker knows (no error).
    private func isDecidable(_ type: CType) -> Bool {
        !type.hasError
    }
}

/// Type arguments of generic types that miss their parameters' constraints or the type's `where` clause, written
/// (`Box<S>`: `type 'S' does not conform to protocol 'Hashable'`) or inferred from a construction's arguments
/// (`Box(t: S())`: `generic struct 'Box' requires that 'S' conform to 'Hashable'`), reported where the type is written
/// (`Compiler.genericTypeInstance` makes no specialization of them).
extension TypeChecker {
    /// Reports the first constraint or requirement of `template` the type arguments `arguments` miss, at `location`;
    /// true when reported. `inferred`: the arguments were inferred from a construction's arguments.
    func unmetTypeArguments(_ template: TypeDecl, _ arguments: [CType], inferred: Bool, at location: SourceLocation) -> Bool {
        guard arguments.count == template.genericParameters.count, !arguments.contains(where: \.hasError) else { return false }
        let kind = switch template.kind {
        case .classType: "class"
        case .enumeration: "enum"
        default: "struct"
        }
        let named = "generic \(kind) '\(template.name)'"
        for (parameter, argument) in zip(template.genericParameters, arguments) {
            for constraint in parameter.constraints where !compiler.satisfies(argument, constraint) {
                if let superclass = compiler.classConstraint([constraint]) {
                    // swiftc: `generic struct 'R' requires that 'Int' inherit from 'K'`, written: `'R' requires that …`.
                    let callee = inferred ? named : "'\(template.name)'"
                    reportOnce(.genericSuperclassRequirement(callee, type: argument, className: superclass.name), at: location)
                } else if inferred && template.kind == .structure {
                    reportOnce(.genericStructRequires(template.name, element: argument, protocolName: constraint), at: location)
                } else if inferred {
                    reportOnce(.genericRequirement(named, type: argument, protocolName: constraint), at: location)
                } else {
                    reportOnce(.doesNotConform(argument.description, protocolName: constraint), at: location)
                }
                return true
            }
        }
        var bindings: [String: CType] = [:]
        for (parameter, argument) in zip(template.genericParameters, arguments) { bindings[parameter.name] = argument }
        let site = GenericCallSite(callee: named, location: location)
        return unmetRequirement(template.genericRequirements, template.genericParameters, bindings, at: site) != nil
    }

    /// A written specialization (`Box<S>`) no specialization was made of: its type arguments' mistakes reported at the
    /// name (a number of them that does not match the type's parameters is nbrun's refusal); true when reported.
    func writtenSpecializationMistake(_ name: String, at location: SourceLocation) -> Bool {
        guard let open = name.firstIndex(of: "<"), name.hasSuffix(">"),
              let (template, _) = compiler.protocolState.genericTypes[String(name[..<open])] else { return false }
        let texts = Compiler.splitTypeArguments(String(name[name.index(after: open)..<name.index(before: name.endIndex)]))
        guard texts.count == template.genericParameters.count else {
            reportOnce(.unsupported(.typeArgumentsMismatch, template.name), at: location)
            return true
        }
        var arguments: [CType] = []
        for text in texts {
            guard let argument = resolve(Compiler.parseTypeText(text, at: location)) else { return false }
            arguments.append(argument)
        }
        return unmetTypeArguments(template, arguments, inferred: false, at: location)
    }
}

extension TypeChecker {
    /// A generic type written without type arguments where nothing gives them (`let b: Box? = nil`, outside the
    /// type's own members and generic bodies): nbrun's refusal, at the name, as `Compiler.genericTypeInstance` makes
    /// no specialization of it.
    func unspecializedGenericType(_ name: String, at location: SourceLocation) {
        guard !name.contains("<"), let (template, _) = compiler.protocolState.genericTypes[name], !template.genericParameters.isEmpty,
              specialization == nil, genericSelf == nil, protocolSelf == nil, conformingSelf == nil, selfType == nil,
              location.line > 0, location.line < LibraryTypes.firstLine else { return }
        reportOnce(.unsupported(.genericTypeWithoutArguments), at: location)
    }
}
