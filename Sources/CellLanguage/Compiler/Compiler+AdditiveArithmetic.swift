/// A declared type conforming to `AdditiveArithmetic` (`struct Money: AdditiveArithmetic`): it needs `static var zero:
/// Self` and `static func + (Self, Self) -> Self` and `-`; it is then `Equatable` (synthesized `==` for a struct
/// whose fields are), meets `T: AdditiveArithmetic` in generic code (`T.zero`, `+`, `-`), and `+=` and `-=` default to
/// `a = a + b` and `a = a - b` unless the type declares them, as in Swift.
extension Compiler {
    /// Reports a type declared `AdditiveArithmetic` without its requirements, as swiftc does (at the declaration).
    func checkAdditiveArithmetic(_ decl: TypeDecl, _ type: UserType) {
        guard decl.conformances.contains("AdditiveArithmetic") else { return }
        let selfType = CType.user(type)
        let hasZero = type.staticFields["zero"]?.type == selfType || type.staticComputed["zero"]?.returnType == selfType
        let hasOperators = ["+", "-"].allSatisfy { op in
            (type.staticMethods[op] ?? []).contains { $0.parameters.map(\.type) == [selfType, selfType] && $0.returnType == selfType }
        }
        if !hasZero || !hasOperators {
            error(.doesNotConform(type.name, protocolName: "AdditiveArithmetic"), at: decl.location)
        }
    }
}
