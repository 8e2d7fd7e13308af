/// What a call, member access, operator or construction resolved to (kept as the compiler's own records, so that
/// noting one costs no more than storing a reference; described only when listed).
enum CalleeResolution: CustomStringConvertible {
    /// A declared function, method, initializer, operator function or accessor: the overload chosen.
    case declared(FunctionInfo)
    /// An entry of the standard-library tables (`StdlibTables`), by receiver type.
    case stdlib(type: String, member: StdlibMember)
    /// A native binding (`NativeRegistry`): the overload chosen.
    case native(NativeFunction)
    /// A built-in function of the compiler (`print`, `min`, `sqrt`…).
    case builtin(String)
    /// A memberwise or declared initializer of a user type.
    case construction(String)
    /// A built-in type's initializer (`Double(x)`, `String(n)`).
    case initializer(String)
    /// An integer literal given another type by its context (`let x: Double = 3`).
    case literal(CType)
    /// An operator a binding registers (`NativeOperator`): `+` on two tensors, prefix `-`, `-=`.
    case nativeOperator(NativeOperator)

    var description: String {
        func signature(_ name: String, _ parameters: [(label: String?, type: CType)], _ returned: CType) -> String {
            "\(name)(\(parameters.map { "\($0.label ?? "_"): \($0.type)" }.joined(separator: ", "))) -> \(returned)"
        }
        switch self {
        case .declared(let info):
            return "func " + signature(info.name, info.parameters.map { ($0.label, $0.type) }, info.returnType)
        case .stdlib(let type, let member): return "stdlib \(type).\(member.signatureName)"
        case .native(let function):
            return "native " + signature(function.name, function.parameters.map { ($0.label, $0.type) }, function.returnType)
        case .builtin(let name): return "builtin \(name)"
        case .construction(let type): return "init \(type)"
        case .initializer(let type): return "init \(type)"
        case .literal(let type): return "Int literal as \(type)"
        case .nativeOperator(let op):
            let operands = ([op.lhs] + (op.rhs.map { [$0] } ?? [])).map { "\($0)" }.joined(separator: ", ")
            return "native operator \(op.symbol)(\(operands)) -> \(op.returnType)"
        }
    }
}
