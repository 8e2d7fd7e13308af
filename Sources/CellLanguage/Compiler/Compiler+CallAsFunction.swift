import Diagnostics

extension Compiler {
    /// `model(x)` on a value whose declared type has `callAsFunction` methods, a user type's or a native type's
    /// (`linear(x)` on a built-in layer): the call `model.callAsFunction(x)`. The callee is a variable or a stored
    /// property (`self.encoder(x)`, `block.attention(x)`); nil for every other call.
    func compileCallAsFunction(_ callee: Expr, _ arguments: [Argument], expected: CType?,
                               at location: SourceLocation) -> Typed? {
        let calleeType: CType
        switch callee.kind {
        case .name(let name):
            switch resolvedName(name, node: callee) ?? scopeName(name, at: callee.location) {
            case .member(let member):
                // `encoder(x)` inside a method: `self.encoder(x)`.
                return compileCallAsFunction(member, arguments, expected: expected, at: location)
            case .binding(let binding):
                guard case .variable(let variable)? = binding else { return nil }
                calleeType = variable.type
            }
        case .member(let base?, let name, _):
            // Type-only: is the member a callable stored property? Otherwise the method-call path compiles the base.
            switch compileExprTypeOnly(base) {
            case .user(let owner):
                guard let index = owner.fieldIndex(name) else { return nil }
                calleeType = owner.fields[index].type
            case .native(let owner):
                guard let property = registry.types[owner]?.properties[name] else { return nil }
                calleeType = property.type
            default:
                return nil
            }
        default:
            return nil
        }
        if case .native(let typeName) = calleeType, registry.types[typeName]?.methods["callAsFunction"] != nil {
            return compileMethodCall(callee, "callAsFunction", arguments, expected: expected, at: callee.location)
        }
        guard case .user(let type) = calleeType, type.methods["callAsFunction"] != nil else { return nil }
        return compileMethodCall(callee, "callAsFunction", arguments, expected: expected, at: callee.location)
    }
}
