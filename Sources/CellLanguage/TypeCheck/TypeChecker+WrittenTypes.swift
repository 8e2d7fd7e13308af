import Diagnostics

/// The written types of declarations, which the compiler resolved when it declared them (before the check), resolved
/// again by the checker for their mistakes alone (`resolve` reports them: unknown names, nbrun's refusals such as
/// `Float` or `some Equatable`, keys that are not `Hashable`): function signatures, and the stored and computed
/// properties, subscripts, enum payloads, protocol requirements and type aliases of type declarations.
extension TypeChecker {
    /// Resolves the written types of a declared function's signature. A `some Collection` result, or `some P` of a protocol with associated types, is the body's type
    /// (`Compiler.opaqueUnderlyingResult`), not resolved.
    func resolveWrittenSignature(_ decl: FunctionDecl) {
        for parameter in decl.parameters { _ = resolve(parameter.type) }
        guard let result = decl.returnType, !isUnderlyingResult(result, takesInout: decl.parameters.contains(where: \.isInout)) else { return }
        _ = resolve(result)
    }

    /// Resolves the written types of the members of a struct, class, enum or protocol (without associated types)
    /// and of the types nested in it; an extension's, which may name the extended type's parameters
    /// (`extension Array { var second: Element? }`), are not, nor a generic type's that name its type parameters.
    func resolveWrittenMemberTypes(_ decl: TypeDecl) {
        for inner in decl.nested { resolveWrittenMemberTypes(inner) }
        guard decl.kind != .extensionType else { return }
        if decl.kind == .protocolType {
            guard let proto = compiler.declarations.typeInfos[decl], !compiler.hasAssociatedTypes(proto) else { return }
        }
        var written = (decl.fields + decl.observedOverrides).compactMap(\.type) + decl.typeAliases.map(\.type)
        // A member's `some Collection` is refused as any `some X` of no declared protocol is (only a function's has its
        // body's type).
        written += decl.computed.map(\.type)
        written += decl.cases.flatMap { $0.payload?.map(\.type) ?? [] }
        for item in decl.subscripts where item.genericParameters.isEmpty {
            written += item.parameters.map(\.type) + [item.returnType]
        }
        for method in decl.methods + decl.initializers where method.genericParameters.isEmpty {
            written += method.parameters.map(\.type) + (method.returnType.map { [$0] } ?? [])
        }
        for requirement in decl.requirements {
            switch requirement.kind {
            case .property(let type, _): written.append(type)
            case .method(let function), .initializer(let function), .subscriptRequirement(let function, _):
                if function.genericParameters.isEmpty { resolveWrittenSignature(function) }
            case .associatedType: break
            }
        }
        let parameters = Set(decl.genericParameters.map(\.name))
        for type in written where parameters.isEmpty || !Self.names(type, anyOf: parameters) { _ = resolve(type) }
    }

    /// Whether the written type names one of `names` (`[T]`, `IndexingIterator<[T]>`, `(T) -> Int`).
    private static func names(_ type: TypeExpr, anyOf names: Set<String>) -> Bool {
        switch type {
        case .named(let name, _):
            return name.split { !($0.isLetter || $0.isNumber || $0 == "_") }.contains { names.contains(String($0)) }
        case .array(let inner), .optional(let inner), .implicitlyUnwrapped(let inner), .set(let inner):
            return Self.names(inner, anyOf: names)
        case .dictionary(let key, let value):
            return Self.names(key, anyOf: names) || Self.names(value, anyOf: names)
        case .function(let parameters, let result), .throwingFunction(let parameters, let result):
            return (parameters + [result]).contains { Self.names($0, anyOf: names) }
        case .tuple(_, let elements):
            return elements.contains { Self.names($0, anyOf: names) }
        }
    }

    /// Whether the written result `type` is `some Collection`, or `some P` of a protocol with associated types, which
    /// has the body's type (`Compiler.opaqueUnderlyingResult`, not taken with `inout` parameters).
    func isUnderlyingResult(_ type: TypeExpr, takesInout: Bool) -> Bool {
        guard case .named(let name, _) = type, name.hasPrefix("some "), !takesInout else { return false }
        let protocolName = String(name.dropFirst(5))
        if Compiler.opaqueBuiltinProtocols.contains(protocolName) { return true }
        guard let proto = compiler.declarations.userTypes[protocolName], proto.kind == .protocolType else { return false }
        return compiler.hasAssociatedTypes(proto)
    }
}
