/// Enums with raw values and synthesized members: `rawValue` (read on a value or bare in the enum's bodies), the
/// raw-value literals of the cases and `allCases` of a `CaseIterable` enum, typed as the generator compiles them
/// (`Compiler.compileInstanceMember`, `declareCases`, `compileStaticMember`).
extension TypeChecker {
    /// `value.rawValue` on an enum with a raw type (after its stored and computed properties): the raw type.
    func rawValueType(_ type: UserType, _ name: String) -> CType? {
        guard name == "rawValue", type.kind == .enumeration else { return nil }
        return type.rawType
    }

    /// `Type.allCases` on a `CaseIterable` enum that declares no static member of that name: an array of the enum.
    func allCasesType(_ type: UserType, _ name: String) -> CType? {
        guard name == "allCases", type.kind == .enumeration, type.conformances.contains("CaseIterable") else { return nil }
        return .array(.user(type))
    }

    /// The raw values written for an enum's cases (`case monday = 1`): literals checked against the raw type, as
    /// `Compiler.declareCases` compiles them.
    func rawValueLiterals(_ decl: TypeDecl, of type: UserType) {
        guard decl.kind == .enumeration, let rawType = type.rawType else { return }
        for enumCase in decl.cases {
            guard let value = enumCase.rawValue else { continue }
            switch value.kind {
            case .intLiteral, .floatLiteral, .stringLiteral: check(value, expected: rawType)
            default: break
            }
        }
    }
}
