import Diagnostics

/// A property called as a method (`names.map { $0.count() }`, `p.x()`): swiftc's `cannot call value of non-function
/// type 'Int'` at the property's name, as the generator reports it (`Compiler.compileStdlibMethodCall`, and the call
/// of a field's value for a declared type).
extension TypeChecker {
    /// Reports `receiver.name(arguments)` where `name` is a property of a closed, non-function type (of a built-in
    /// value no extension adds to, or a stored or computed property of a plain struct or enumeration) and returns
    /// the error type; nil for anything else.
    func calledProperty(_ receiver: CType, _ name: String, _ arguments: [Argument], at location: SourceLocation) -> CType? {
        let type: CType?
        switch receiver {
        case .user(let user):
            guard isPlainValueType(user), user.methods[name] == nil, !hasGenericMember(named: name) else { return nil }
            type = user.fieldIndex(name).map { user.fields[$0].type } ?? user.computed[name]?.returnType
        default:
            guard certainlyTableMember(name, of: receiver),
                  let table = StdlibTables.table(for: receiver), table.methods(named: name).isEmpty,
                  let property = table.property(named: name) else { return nil }
            type = StdlibSignature(property.declaration, receiver: receiver).propertyType
        }
        guard let type, isClosed(type), !type.isOptional else { return nil }
        uncheckedArguments(arguments)
        report(.notAFunction(type), at: location)
        return .error
    }
}
