import Diagnostics

/// Values of an opaque result type (`func makeTrapezoid() -> some Shape`): the generator types them with a protocol
/// composition of its own (`Compiler.opaqueType`) whose one parent is the protocol written, and reads and calls
/// their requirements and protocol-extension members as on a value of that protocol (`Compiler+ProtocolMembers`).
extension TypeChecker {
    /// Whether `proto` is the type of an opaque result `some P` where values of `P` are typed (`isExistential`).
    func isOpaqueExistential(_ proto: UserType) -> Bool {
        guard proto.kind == .protocolType, compiler.protocolState.opaqueTypes[proto] != nil, let info = proto.protocolInfo,
              info.superclass == nil, info.parents.count == 1 else { return false }
        return isExistential(info.parents[0])
    }

    /// `some P` written outside a generic signature (`var optimizer: some Optimizer`), `P` a declared protocol without
    /// associated types whose values are typed: the opaque type the generator resolves it to
    /// (`Compiler.writtenOpaqueType`); nil for any other name, and in bodies checked per specialization.
    func writtenOpaqueType(named name: String, at location: SourceLocation) -> CType? {
        guard specialization == nil, compiler.protocolState.declaringSpecialization == nil, name.hasPrefix("some "),
              case let protocolName = String(name.dropFirst(5)),
              let proto = compiler.declarations.userTypes[protocolName], proto.kind == .protocolType,
              !compiler.hasAssociatedTypes(proto), isExistential(proto) else { return nil }
        return .user(compiler.writtenOpaqueType(protocolName, proto, at: location))
    }

    /// `some X` where `X` is no declared protocol (`some Equatable`, `some Collection`): nbrun's refusal, as
    /// `Compiler.opaqueType` refused it, at the type (true after reporting it).
    func refusedOpaqueType(named name: String, at location: SourceLocation) -> Bool {
        guard specialization == nil, compiler.protocolState.declaringSpecialization == nil, name.hasPrefix("some "),
              location.line > 0, location.line < LibraryTypes.firstLine, case let protocolName = String(name.dropFirst(5)),
              compiler.declarations.userTypes[protocolName]?.kind != .protocolType else { return false }
        reportOnce(.unsupported(.opaqueProtocol, protocolName), at: location)
        return true
    }

    /// A call of the generic function `decl` with type arguments `bindings` whose result is written `some P` (`P` a
    /// declared protocol without associated types whose values are typed): the specialization's opaque type, made
    /// now when the generator has not declared the specialization yet (`Compiler.specializedOpaqueType`); nil
    /// for any other result.
    func specializedOpaqueResult(_ decl: FunctionDecl, _ bindings: [String: CType]) -> CType? {
        guard case .named(let written, let location)? = decl.returnType, written.hasPrefix("some "),
              case let name = String(written.dropFirst(5)),
              let proto = compiler.declarations.userTypes[name], proto.kind == .protocolType,
              !compiler.hasAssociatedTypes(proto), isExistential(proto) else { return nil }
        let arguments = decl.genericParameters.compactMap { bindings[$0.name] }
        guard arguments.count == decl.genericParameters.count else { return nil }
        let key = SpecializationKey(decl, arguments: arguments)
        return .user(compiler.specializedOpaqueType(name, proto, at: location, of: key))
    }
}

/// The underlying type of a `some P` result (`Compiler.opaqueUnderlyingResult`): the type the function's body gives,
/// its result inferred from its one expression or its first `return`, as a closure's is.
extension TypeChecker {
    /// The type `decl`'s body gives under the type arguments `bindings` (nil: not generic); nil when unknown or
    /// when the body has a mistake (`reported`: the checker reported one meanwhile).
    func inferredResult(of decl: FunctionDecl, under bindings: [String: CType]?) -> (type: CType?, reported: Bool) {
        let saved = bodyContext, before = checked.diagnostics.count, left = mistakesLeftToPlaceholderChecks
        defer { bodyContext = saved }
        specialization = bindings
        for parameter in decl.parameters {
            let type = resolve(parameter.type)
            declare(parameter.name, at: parameter.location, parameter.isVariadic ? type.map { .array($0) } : type)
        }
        (returnType, returnTyping, reportsReturnMismatches) = (nil, .inferred, false)
        if decl.body.count == 1, case .expression(let expr) = decl.body[0] {
            returned(expr)
        } else {
            statements(decl.body)
        }
        // A mistake of a generic body's specialization is its check with placeholders' to report.
        let reported = checked.diagnostics.count > before || mistakesLeftToPlaceholderChecks > left
        guard returnTyping != .unknown else { return (nil, reported) }
        return (returnType ?? .void, reported)
    }
}

/// The `return`s of a function whose result is `some P` (`P` a declared protocol without associated types): every
/// one must give the same underlying type, or swiftc reports the function (the generator takes the first one's type:
/// `Compiler.noteOpaqueReturn`).
extension TypeChecker {
    /// The opaque result of the function whose body is being checked, and the type its first `return` gave.
    struct OpaqueReturns {
        /// The result as written (`some Shape`).
        let name: String
        /// The function's name, where the mismatch is reported.
        let location: SourceLocation
        /// The function's declaration (its name in a non-conforming value's message).
        let decl: FunctionDecl
        /// The type of the first `return`'s value, or only its head (`FlippedShape` for a construction of the generic
        /// type whose type arguments the checker does not infer); nil before it.
        var underlying: Underlying?
    }

    /// A `return`'s underlying type, known whole or by its head (its name without type arguments).
    struct Underlying {
        let type: CType?
        let head: String

        /// Whether the two certainly differ: different types, or different heads.
        func differs(from other: Underlying) -> Bool {
            if let type, let otherType = other.type { return type != otherType }
            return head != other.head
        }
    }

    /// The opaque result `decl` declares, to follow its `return`s; nil for any other result.
    func opaqueReturns(of decl: FunctionDecl) -> OpaqueReturns? {
        guard case .named(let written, _)? = decl.returnType, written.hasPrefix("some "),
              let proto = compiler.declarations.userTypes[String(written.dropFirst(5))], proto.kind == .protocolType,
              !compiler.hasAssociatedTypes(proto) else { return nil }
        return OpaqueReturns(name: written, location: decl.location, decl: decl)
    }

    /// Notes the type of a `return`'s value (`found`, nil: unknown) in the function's own body; a type other than
    /// the first `return`'s is reported at the function's name.
    func opaqueReturn(_ value: Expr, _ found: CType?) {
        guard bodyContext.inClosureBody == false, var returns = bodyContext.opaqueReturns,
              let underlying = self.underlying(value, found) else { return }
        guard let first = returns.underlying else {
            returns.underlying = underlying
            bodyContext.opaqueReturns = returns
            return
        }
        if first.differs(from: underlying) { report(.opaqueReturnMismatch(returns.name), at: returns.location) }
    }

    /// The underlying type a `return` gives: its type when known, the generic type a construction names otherwise
    /// (`FlippedShape(shape: t)`); nil when unknown.
    private func underlying(_ value: Expr, _ found: CType?) -> Underlying? {
        if let found {
            guard !found.hasError else { return nil }
            if case .user(let user) = found { return Underlying(type: found, head: String(user.name.prefix { $0 != "<" })) }
            return Underlying(type: found, head: "\(found)")
        }
        guard case .call(let callee, _) = value.kind, case .name(let name) = callee.kind,
              case let head = String(name.prefix { $0 != "<" }), compiler.protocolState.genericTypes[head] != nil,
              let referent = resolution.referent(of: callee), namesTopLevelType(referent) else { return nil }
        return Underlying(type: nil, head: head)
    }
}

/// A `return` of a function whose result is `some P` (`P` a protocol without associated types) whose value does not
/// conform to `P`: swiftc's requirement on the function's result, not a conversion to the opaque type.
extension TypeChecker {
    /// Checks `value`, returned by the function whose body is being checked when its result is an opaque `some P`:
    /// a value that does not conform is reported as swiftc reports it (`type '()' cannot conform to 'P'`, `return
    /// type of global function 'f()' requires that 'Int' conform to 'P'`), any other is noted (`opaqueReturn`). False
    /// (nothing checked) for any other `return`.
    func opaqueResultReturn(_ value: Expr) -> Bool {
        guard bodyContext.inClosureBody == false, let returns = bodyContext.opaqueReturns, case .user(let opaque)? = returnType,
              compiler.protocolState.opaqueTypes[opaque] != nil, let proto = opaque.protocolInfo?.parents.first else { return false }
        let found = check(value, expected: returnType)
        guard let found, !found.hasError, found != returnType, !compiler.conforms(found, to: proto) else {
            opaqueReturn(value, found)
            return true
        }
        if found == .void {
            report(.typeCannotConform(.void, protocolName: proto.name), at: value.location)
        } else {
            let role = selfType == nil && conformingSelf == nil ? "global function" : returns.decl.isStatic ? "static method" : "instance method"
            report(.genericRequirement("return type of \(role) '\(Self.requirementCalleeName(returns.decl))'", type: found,
                                       protocolName: proto.name), at: value.location)
        }
        return true
    }

    /// A function's name as swiftc's requirement messages spell it: `f()` without parameters, `f` when none is
    /// labelled, `f(_:y:)` otherwise.
    static func requirementCalleeName(_ decl: FunctionDecl) -> String {
        let name = String(decl.name.prefix { $0 != "<" })
        if decl.parameters.isEmpty { return name + "()" }
        guard decl.parameters.contains(where: { $0.label != nil }) else { return name }
        return name + "(" + decl.parameters.map { ($0.label ?? "_") + ":" }.joined() + ")"
    }
}
