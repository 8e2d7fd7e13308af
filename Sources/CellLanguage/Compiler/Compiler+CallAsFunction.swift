import Diagnostics

extension Compiler {
    /// `model(x)` on a value whose declared type has `callAsFunction` methods, a user type's or a native type's
    /// (`linear(x)` on a built-in layer): the call `model.callAsFunction(x)`. The callee is a variable or a stored
    /// property (`self.encoder(x)`, `block.attention(x)`, see `compileCallableMember`); nil for every other call.
    func compileCallAsFunction(_ callee: Expr, _ arguments: [Argument], expected: CType?,
                               at location: SourceLocation) -> Typed? {
        let calleeType: CType
        switch callee.kind {
        case .name(let name):
            switch resolvedName(name, node: callee) ?? scopeName(name, at: callee.location) {
            case .member:
                // `encoder(x)` inside a method: `self.encoder(x)`, which the method-call path compiles.
                return nil
            case .binding(let binding):
                guard case .variable(let variable)? = binding else { return nil }
                calleeType = variable.type
            }
        case .call, .subscriptAccess, .forceUnwrap:
            // `makeLayer()(x)`, `layers[0](x)`: the callee's type as the checker knows it, without compiling it.
            guard let known = knownType(callee) else { return nil }
            calleeType = known
        default:
            return nil
        }
        return callAsFunction(callee, calleeType, arguments, expected: expected)
    }

    /// `block.attention(x)` where `attention` is a stored property of `baseType` (the base's type, known to the
    /// method-call path, which compiles the base once) holding a value with `callAsFunction` methods; nil otherwise.
    func compileCallableMember(_ callee: Expr, _ baseType: CType, _ name: String, _ arguments: [Argument],
                               expected: CType?) -> Typed? {
        let calleeType: CType
        switch baseType {
        case .user(let owner):
            guard let index = owner.fieldIndex(name) else { return nil }
            calleeType = owner.fields[index].type
        case .native(let owner):
            guard let property = registry.types[owner]?.properties[name] else { return nil }
            calleeType = property.type
        default:
            return nil
        }
        return callAsFunction(callee, calleeType, arguments, expected: expected)
    }

    private func callAsFunction(_ callee: Expr, _ calleeType: CType, _ arguments: [Argument], expected: CType?) -> Typed? {
        guard hasCallAsFunction(calleeType) else { return nil }
        return compileMethodCall(callee, "callAsFunction", arguments, expected: expected, at: callee.location)
    }

    /// Whether values of `type` can be called: a native type, a user type or a protocol with instance
    /// `callAsFunction` methods, declared in the type, as a protocol requirement or in a protocol extension.
    func hasCallAsFunction(_ type: CType) -> Bool {
        let name = "callAsFunction"
        switch type {
        case .native(let typeName):
            return registry.types[typeName]?.methods[name] != nil
        case .user(let userType) where userType.kind == .protocolType:
            if let requirement = findRequirement(userType, name), requirement.kind == .method, !requirement.isStatic {
                return true
            }
            return protocolFamily(userType).contains { $0.methods[name] != nil }
        case .user(let userType):
            return userType.methods[name] != nil || conformedProtocols(userType).contains { $0.methods[name] != nil }
        default:
            return false
        }
    }
}
