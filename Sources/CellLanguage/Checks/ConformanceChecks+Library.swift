import Diagnostics

/// The conformances to the standard library's protocols that a declaration lists (directly, or through a declared
/// protocol inheriting one), checked at that declaration as swiftc checks them: what Swift synthesizes (`Equatable`,
/// `Hashable`, an enumeration's `Comparable`) needs parts that conform; the rest needs the members the protocol
/// requires (`<`, `zero` and `+` and `-`, `next()`, an iterator).
extension ConformanceChecks {
    /// The errors of the library conformances `decl` lists for `type` (its declared protocols among them: `listed`),
    /// in swiftc's order at the declaration: `Comparable` or `Hashable` before the `Equatable` they imply.
    func libraryConformanceErrors(_ type: UserType, _ decl: TypeDecl, _ listed: [UserType]) -> [Diagnostic] {
        // A protocol the cells declare hides the library's of that name (the book declares its own
        // `RandomNumberGenerator`).
        let promises = { (name: String) in
            compiler.declarations.userTypes[name]?.kind != .protocolType && decl.conformances.contains(name) || listed.contains { proto in
                compiler.protocolFamily(proto).contains { $0.protocolInfo?.builtinParents.contains(name) == true }
            }
        }
        let synthesizes = decl.genericParameters.isEmpty && type.genericArguments.isEmpty
        var errors: [CompileError] = []
        if promises("Comparable"), let error = comparableError(type, at: decl.location) { errors.append(error) }
        if promises("Hashable"), synthesizes, !hasHashInto(type), type.kind == .classType || parts(of: type).contains(where: { Self.isNever($0, \.isHashable) }) {
            errors.append(.notHashable(.user(type)))
        }
        if promises("Equatable") || promises("Hashable") || promises("Comparable"), synthesizes, !hasEquals(type),
           type.kind == .classType || parts(of: type).contains(where: { Self.isNever($0, \.isEquatable) }) {
            errors.append(.doesNotConform(type.name, protocolName: "Equatable"))
        }
        if promises("AdditiveArithmetic"), !isAdditiveArithmetic(type) {
            errors.append(.doesNotConform(type.name, protocolName: "AdditiveArithmetic"))
        }
        if promises("RandomNumberGenerator"), !(type.methods["next"] ?? []).contains(where: {
            $0.parameters.count == 1 && $0.returnType == .integer(IntegerKind(bits: 64, signed: false))
        }) {
            errors.append(.doesNotConform(type.name, protocolName: "RandomNumberGenerator"))
        }
        if decl.conformances.contains("IteratorProtocol"), Compiler.iteratorElement(type) == nil {
            errors.append(.doesNotConform(type.name, protocolName: "IteratorProtocol"))
        } else if decl.conformances.contains("Sequence"), Compiler.userSequence(.user(type)) == nil {
            errors.append(.doesNotConform(type.name, protocolName: "Sequence"))
        }
        return errors.map { $0.diagnostic(at: decl.location) }
    }

    /// The errors of `extension Array: P {}` (`Compiler+ArrayConformances`): a listed name that is no protocol of the
    /// cells (refused at the name), a protocol whose requirements arrays do not meet (`type 'Array<Element>' does not
    /// conform to protocol 'P'`, at `extension`).
    func arrayConformanceErrors(_ decl: TypeDecl) -> [Diagnostic] {
        guard compiler.protocolState.arrayConformanceDecls.contains(where: { $0 === decl }) else { return [] }
        return decl.conformances.compactMap { name in
            guard let proto = compiler.declarations.userTypes[name], proto.kind == .protocolType else {
                return CompileError.unsupported(.conformance, name).diagnostic(at: decl.location(ofInherited: name))
            }
            guard !compiler.protocolFamily(proto).allSatisfy(compiler.arraysMeetRequirements) else { return nil }
            return CompileError.doesNotConform("Array<Element>", protocolName: name).diagnostic(at: decl.location)
        }
    }

    /// The protocols `decl` lists that nbrun does not take (`Codable`, `Sendable` …: `conformance to 'Codable' is not
    /// supported in nbrun cells`), at each name, as the declare phase skips them: besides declared protocols and the
    /// library protocols nbrun implements, an enumeration's first raw type, a class's superclass (first), and
    /// `AnyObject` for a protocol; and the `inout` parameters of an initializer requirement, at the parameter.
    func refusedConformances(_ decl: TypeDecl) -> [Diagnostic] {
        let declarations = compiler.declarations
        guard declarations.typeInfos[decl] != nil else { return [] }  // not declared: its own error, nothing to conform
        var names = decl.conformances, diagnostics: [Diagnostic] = []
        if decl.kind == .classType, let first = names.first, declarations.userTypes[first]?.kind == .classType { names.removeFirst() }
        var takesRawType = decl.kind == .enumeration
        for name in names {
            if takesRawType, ["Int", "String", "Double", "Character"].contains(name) || IntegerKind(name: name) != nil {
                takesRawType = false
                continue
            }
            let isProtocol = declarations.userTypes[name]?.kind == .protocolType && (decl.kind != .protocolType || name != decl.name)
            let isTaken = decl.kind == .protocolType ? name == "AnyObject" : name == "Sequence" || name == "IteratorProtocol"
            if !isProtocol, !isTaken, !Compiler.supportedConformances.contains(name) {
                // A type nested in another, named outside it (`struct S: P` with `struct Outer { protocol P {} }`).
                let isOutOfScope = declarations.userTypes[name] == nil && declarations.userTypes.keys.contains { $0.hasSuffix("." + name) }
                let error: CompileError = isOutOfScope ? .cannotFindTypeInScope(name, suggestion: nil) : .unsupported(.conformance, name)
                diagnostics.append(error.diagnostic(at: decl.location(ofInherited: name)))
            }
        }
        for requirement in decl.requirements {
            switch requirement.kind {
            case .initializer(let function), .subscriptRequirement(let function, _):
                // A method's `inout` parameters are taken (`mutating func update(_ params: inout [Double])`).
                for parameter in function.parameters where parameter.isInout {
                    diagnostics.append(CompileError.unsupported(.inoutParameterInRequirement).diagnostic(at: parameter.location))
                }
            case .property, .associatedType, .method:
                break
            }
        }
        return diagnostics
    }

    /// `Comparable` needs a `static func <` unless Swift synthesizes it: for enums without raw values, whose cases
    /// compare in declaration order, then by their associated values (refused when one holds the enum itself).
    private func comparableError(_ type: UserType, at location: SourceLocation) -> CompileError? {
        guard type.staticMethods["<"] == nil else { return nil }
        guard type.kind == .enumeration, type.rawType == nil else { return .notComparable(type.name) }
        return compiler.synthesizedComparableError(type, at: location)
    }

    /// The types of what a synthesized `==` or `hash(into:)` compares: a structure's stored properties, an
    /// enumeration's associated values (none for a class, which synthesizes neither).
    private func parts(of type: UserType) -> [CType] {
        let parts = type.kind == .structure ? type.fields.map(\.type) : type.cases.flatMap { ($0.payload ?? []).map(\.type) }
        return parts.filter { !$0.hasError }
    }

    /// Whether values of `type` can never be `Equatable` (or `Hashable`), which declared types decide by `conforms`:
    /// functions, tuples, `any P`, declared types that do not conform, and collections of them; other types are given
    /// the benefit of the doubt.
    private static func isNever(_ type: CType, _ conforms: (UserType) -> Bool) -> Bool {
        switch type {
        case .function, .tuple: return true
        case .user(let user): return !conforms(user)
        case .array(let element), .optional(let element), .arraySlice(let element), .set(let element): return isNever(element, conforms)
        case .dictionary(let key, let value): return isNever(key, conforms) || isNever(value, conforms)
        default: return false
        }
    }

    /// Whether `type` declares `static func == (Self, Self)`.
    private func hasEquals(_ type: UserType) -> Bool {
        type.staticMethods["=="]?.contains { $0.parameters.map(\.type) == [.user(type), .user(type)] } ?? false
    }

    /// Whether `type` declares `func hash(into hasher: inout Hasher)`.
    private func hasHashInto(_ type: UserType) -> Bool {
        type.methods["hash"]?.contains(where: Compiler.isHashInto) ?? false
    }

    /// Whether `type` has `static var zero: Self` and `static func + (Self, Self) -> Self` and `-`.
    private func isAdditiveArithmetic(_ type: UserType) -> Bool {
        let selfType = CType.user(type)
        let hasZero = type.staticFields["zero"]?.type == selfType || type.staticComputed["zero"]?.returnType == selfType
        return hasZero && ["+", "-"].allSatisfy { op in
            (type.staticMethods[op] ?? []).contains { $0.parameters.map(\.type) == [selfType, selfType] && $0.returnType == selfType }
        }
    }
}
