import Diagnostics

/// `stopWords.contains` as a value (`words.filter(stopWords.contains)`, `prefixes.map(line.hasPrefix)`, `let f =
/// text.uppercased`): a standard-library method with its receiver bound, as Swift's partial application gives it.
/// The receiver is evaluated once, where the reference is written (an array's or a string's value as it is then);
/// each call runs the table's member as the call `receiver.name(arguments)` would. The checker types the reference
/// with the same choice (`boundStdlibMethodChoice`), so both agree on the method a reference binds.
extension Compiler {
    /// What `receiver.name` read as a value means when `name` is a standard-library method of the receiver's type.
    enum BoundStdlibMethodChoice {
        /// The member to bind, its argument labels, and the type of the bound function (without the receiver).
        case method(StdlibMember, parameters: [CType], result: CType)
        /// A mistake to report (a `mutating` method), or what nbrun does not bind (a generic method, an ambiguity).
        case refused(CompileError)
    }

    /// The standard-library method `receiver.name` binds on a value of type `receiver`: among the non-generic
    /// methods of that name, the one whose parameters are the contextual function type's (`(String) -> Bool` for
    /// `filter`; refused when none has them), or without such a context the only one, or the only one taking no
    /// closure (`xs.contains` is `contains(_:)`, `xs.sorted` is `sorted()`, as swiftc chooses). Nil when the table has
    /// no method `name`.
    func boundStdlibMethodChoice(_ receiver: CType, _ name: String, expected: CType?) -> BoundStdlibMethodChoice? {
        // An optional's members are its own (`Optional.map`); its wrapped value's need unwrapping first.
        if case .optional = receiver { return nil }
        guard let table = StdlibTables.table(for: receiver) else { return nil }
        let methods = table.methods(named: name)
        guard !methods.isEmpty else { return nil }
        let plain = methods.filter { $0.kind == .method }
        if plain.isEmpty { return .refused(.mutatingMethodReference) }  // `xs.append`, as swiftc refuses it
        var candidates = Self.typedCandidates(plain, on: receiver)
        if expected?.functionParameters == [.character] { candidates += Self.characterOverloads(candidates, on: receiver) }
        let contextual: [CType]?
        switch expected {
        case .function(let parameters, _)?, .throwingFunction(let parameters, _)?: contextual = parameters
        default: contextual = nil
        }
        if let contextual, candidates.contains(where: { $0.parameters == contextual }) {
            candidates = candidates.filter { $0.parameters == contextual }
        } else if let contextual, !candidates.isEmpty, !contextual.contains(where: \.hasError) {
            // `chars.filter("abc".contains)`: Swift's `contains(_: Character)`, which the String table does not declare.
            let taking = "(" + contextual.map(\.description).joined(separator: ", ") + ")"
            return .refused(.unsupported(.libraryMethodAsValueTaking, name, "\(receiver)", "\(taking)"))
        } else if candidates.count > 1 {
            candidates = candidates.filter { !$0.parameters.contains(where: \.isFunction) }
        }
        guard candidates.count == 1 else {
            return .refused(.unsupported(.libraryMethodAsValue, name, "\(receiver)"))
        }
        return .method(candidates[0].member, parameters: candidates[0].parameters, result: candidates[0].result)
    }

    /// The String members whose one String parameter Swift also declares as a Character (`contains(_: Character)`,
    /// which `chars.filter("abc".contains)` binds); their implementations take a Character for the String.
    static let characterOverloadNames: Set<String> = ["contains"]

    /// `candidates` of a String or Substring receiver taking one String, as their Character overloads.
    private static func characterOverloads(_ candidates: [(member: StdlibMember, parameters: [CType], result: CType)],
                                           on receiver: CType) -> [(member: StdlibMember, parameters: [CType], result: CType)] {
        guard receiver == .string || receiver == .substring else { return [] }
        return candidates.filter { characterOverloadNames.contains($0.member.name) && $0.parameters == [.string] }
            .map { ($0.member, [.character], $0.result) }
    }

    /// The members among `members` whose declaration gives every parameter and the result a type on `receiver`
    /// (not generic, the `where` clause met), with those types.
    private static func typedCandidates(_ members: [StdlibMember], on receiver: CType)
        -> [(member: StdlibMember, parameters: [CType], result: CType)] {
        members.compactMap { member in
            let signature = StdlibSignature(member.declaration, receiver: receiver)
            guard !signature.isGeneric, let written = signature.parameterTypes, let result = signature.returnType else {
                return nil
            }
            let parameters = written.compactMap { $0 }
            return parameters.count == written.count ? (member, parameters, result) : nil
        }
    }

    /// `receiver.name` as a function value when `name` is a standard-library method of the receiver's type; nil when
    /// it is none. The receiver's code runs once, when the reference is evaluated; the function calls the closure
    /// `{ $0.name(label: $1, …) }` (the compiler's, not recorded) with that value first.
    func compileBoundStdlibMethod(_ receiver: Typed, _ name: String, expected: CType?, at location: SourceLocation) -> Typed? {
        switch boundStdlibMethodChoice(receiver.type, name, expected: expected) {
        case nil:
            return nil
        case .refused?:
            cannotGenerate(at: location)  // the checker's `boundStdlibMethod`
            return .invalid
        case .method(let member, let parameters, let result)?:
            let unbound = compileExpr(unboundCall(member, on: location), expected: .function([receiver.type] + parameters, result))
            guard !unbound.type.hasError else { return .invalid }
            let receiverCode = receiver.value, function = unbound.value
            return Typed(type: .function(parameters, result), code: .value { frame in
                let object = try receiverCode(frame)
                guard case .function(let call) = try function(frame) else { return .void }
                return .function(Compiler.bound(call, to: object, arity: parameters.count))
            })
        }
    }

    /// The closure `{ $0.name(label: $1, …) }` calling `member` on its first argument with the others.
    private func unboundCall(_ member: StdlibMember, on location: SourceLocation) -> Expr {
        let arguments = member.labels.enumerated().map { index, label in
            Argument(label: label, value: synthesized(Expr(.name("$\(index + 1)"), at: location)), location: location)
        }
        let callee = synthesized(Expr(.member(synthesized(Expr(.name("$0"), at: location)), member.name, location), at: location))
        let call = synthesized(Expr(.call(callee, arguments), at: location))
        let literal = ClosureLiteral(parameters: [], returnType: nil, body: [.expression(call)],
                                     anonymousCount: member.labels.count + 1, hasExplicitParameters: false)
        return synthesized(Expr(.closure(literal), at: location))
    }

    /// `call` with `object` as its first argument (a one-parameter result calls it without an argument array).
    private static func bound(_ call: FunctionValue, to object: Value, arity: Int) -> FunctionValue {
        FunctionValue(arity: arity, body: { arguments in try call.call([object] + arguments) },
                      body1: arity == 1 ? { argument in try call.call(object, argument) } : nil)
    }
}
