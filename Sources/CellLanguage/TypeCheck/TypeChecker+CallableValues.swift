import Diagnostics

/// Calls of values whose user type (or protocol) has `callAsFunction` methods: `model(x)`, `layers[0](x)`,
/// `makeModel()(x)`, `block.layer(x)`, typed as `….callAsFunction(x)`, as the generator compiles them
/// (`Compiler.compileCallAsFunction`).
extension TypeChecker {
    /// `name(arguments)` where `name` is a variable of a callable user type; nil for any other callee.
    func userCallable(_ callee: Expr, _ name: String, _ referent: Referent, _ arguments: [Argument],
                      expected: CType?) -> CType?? {
        switch referent {
        case .local, .capture, .global, .earlierGlobal: break
        default: return nil
        }
        guard case .user(let type)? = type(of: referent, named: name), compiler.hasCallAsFunction(.user(type)),
              let receiver = check(callee, expected: nil) else { return nil }
        return callAsFunction(on: receiver, arguments, expected: expected, at: callee.location)
    }

    /// The call `value.callAsFunction(arguments)` on a value of a callable user type; nil for any other type.
    func callAsFunction(on receiver: CType, _ arguments: [Argument], expected: CType?,
                        at location: SourceLocation) -> CType?? {
        guard case .user = receiver, compiler.hasCallAsFunction(receiver) else { return nil }
        return .some(methodCall(on: receiver, "callAsFunction", arguments, expected: expected, at: location))
    }

    /// `block.layer(x)` where `layer` is a stored property of `receiver` holding a callable user value.
    func callableField(_ receiver: CType, _ name: String, _ arguments: [Argument], expected: CType?,
                       at location: SourceLocation) -> CType?? {
        guard case .user(let type) = receiver, type.kind != .protocolType, type.methods[name] == nil,
              let index = type.fieldIndex(name) else { return nil }
        return callAsFunction(on: type.fields[index].type, arguments, expected: expected, at: location)
    }
}
