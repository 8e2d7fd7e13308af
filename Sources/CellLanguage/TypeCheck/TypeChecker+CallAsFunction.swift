/// `model(x)` where `model` is a variable holding a value whose type (a declared type or a protocol) has
/// `callAsFunction` methods, its own or a protocol extension's, typed as the generator compiles it
/// (`Compiler.compileCallAsFunction`): the call `model.callAsFunction(x)`, the variable read as its receiver; also
/// `layers[0](x)`, `make()(x)` and `block.layer(x)`. Stored properties named without `self` and native callables are
/// left to their own paths.
extension TypeChecker {
    /// `name(arguments)` where `name` is a variable (not a computed one) of a struct, class or enum type declaring
    /// `callAsFunction`: the method chosen by labels (then argument types); nil for any other callee.
    func callAsFunctionCall(_ callee: Expr, _ name: String, _ referent: Referent, _ arguments: [Argument],
                            expected: CType?) -> CType?? {
        switch referent {
        case .local(let index), .capture(let index), .global(let index):
            guard !accessorDeclarations.contains(index) else { return nil }
            switch resolution.declarations[index].kind {
            case .constant, .variable, .parameter, .closureParameter, .selfValue, .captureListEntry: break
            default: return nil
            }
        case .earlierGlobal:
            guard case .variable? = compiler.globalScope.names[name] else { return nil }
        default:
            return nil
        }
        guard case .user(let type)? = type(of: referent, named: name) else { return nil }
        guard type.kind != .protocolType, let infos = type.methods["callAsFunction"] else {
            // A protocol's requirement or a protocol extension's method: called as a method of the value.
            guard compiler.hasCallAsFunction(.user(type)), let receiver = check(callee, expected: nil) else { return nil }
            return callAsFunction(on: receiver, arguments, expected: expected, at: callee.location)
        }
        guard !hasTemplateMembers(type), !hasGenericMember(named: "callAsFunction") else {
            uncheckedArguments(arguments)
            return .some(nil)
        }
        check(callee, expected: nil)
        return .some(declaredCall(infos, arguments, receiver: true))
    }
}

extension TypeChecker {
    /// `base.name(arguments)` where `name` is a stored property of the base's declared type holding a value with
    /// `callAsFunction` methods (`block.attention(x)`), which the generator calls before any method
    /// (`Compiler.compileCallableMember`): the property read (`callee`) and its `callAsFunction` called; nil
    /// otherwise.
    /// A nil `callee`: the property named without `self` (`encoder(x)` in a method), a node the generator does not record.
    func callableMemberCall(_ callee: Expr?, _ receiver: CType, _ name: String, _ arguments: [Argument]) -> CType?? {
        guard case .user(let owner) = receiver, owner.kind != .protocolType, let index = owner.fieldIndex(name),
              case .user(let type) = owner.fields[index].type,
              let infos = type.methods["callAsFunction"] ?? extensionOwner(type, "callAsFunction", methods: true)?.methods["callAsFunction"]
        else { return nil }
        guard !hasTemplateMembers(owner), !hasTemplateMembers(type), type.kind != .protocolType,
              !hasGenericMember(named: "callAsFunction") else {
            uncheckedArguments(arguments)
            return .some(nil)
        }
        if let callee { record(callee, owner.fields[index].type, expected: nil) }
        return .some(declaredCall(infos, arguments, receiver: true))
    }

    /// The call `value.callAsFunction(arguments)` on a value of a callable user type (`layers[0](x)`); nil for any
    /// other type.
    func callAsFunction(on receiver: CType, _ arguments: [Argument], expected: CType?,
                        at location: SourceLocation) -> CType?? {
        guard case .user = receiver, compiler.hasCallAsFunction(receiver) else { return nil }
        return .some(methodCall(on: receiver, "callAsFunction", arguments, expected: expected, at: location))
    }

    /// `block.layer(x)` where `layer` is a stored property holding a value that `callableMemberCall` leaves (a
    /// protocol-typed one, or one whose `callAsFunction` comes from a protocol extension).
    func callableField(_ receiver: CType, _ name: String, _ arguments: [Argument], expected: CType?,
                       at location: SourceLocation) -> CType?? {
        guard case .user(let type) = receiver, type.kind != .protocolType, type.methods[name] == nil,
              let index = type.fieldIndex(name) else { return nil }
        return callAsFunction(on: type.fields[index].type, arguments, expected: expected, at: location)
    }
}
