/// `model(x)` where `model` is a variable holding a value of a declared type with `callAsFunction` methods, typed
/// as the generator compiles it (`Compiler.compileCallAsFunction`): the call `model.callAsFunction(x)`, the variable
/// read as its receiver. Stored properties named without `self` and native callables are left to their own paths.
extension TypeChecker {
    /// `name(arguments)` where `name` is a variable (not a computed one) of a struct, class or enum type declaring
    /// `callAsFunction`: the method chosen by labels (then argument types); nil for any other callee.
    func callAsFunctionCall(_ callee: Expr, _ name: String, _ referent: Referent, _ arguments: [Argument]) -> CType?? {
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
        guard case .user(let type)? = type(of: referent, named: name), type.kind != .protocolType,
              let infos = type.methods["callAsFunction"] else { return nil }
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
              case .user(let type) = owner.fields[index].type, let infos = type.methods["callAsFunction"] else { return nil }
        guard !hasTemplateMembers(owner), !hasTemplateMembers(type), type.kind != .protocolType,
              !hasGenericMember(named: "callAsFunction") else {
            uncheckedArguments(arguments)
            return .some(nil)
        }
        if let callee { record(callee, owner.fields[index].type, expected: nil) }
        return .some(declaredCall(infos, arguments, receiver: true))
    }
}
