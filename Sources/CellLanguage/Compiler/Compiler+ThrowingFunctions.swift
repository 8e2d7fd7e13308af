import Diagnostics

/// Throwing function types (`() throws -> Int`): values stored like other functions; a non-throwing function
/// converts to a throwing type (the other way is refused by the checker: `TypeChecker.throwingToNonThrowing`).
extension Compiler {
    /// Converts between function types that differ only in `throws` (`() -> Int` to `() throws -> Int`, the other
    /// way is the checker's mistake); nil when the types are not two such function types.
    func functionEffectCoercion(_ value: Typed, to type: CType) -> Typed? {
        switch (value.type, type) {
        case (.function(let parameters, let result), .throwingFunction(let expected, let expectedResult))
            where parameters == expected && result == expectedResult:
            return Typed(type: type, code: value.code)
        case (.function(let parameters, let result), .optional(.throwingFunction(let expected, let expectedResult)))
            where parameters == expected && result == expectedResult:
            return Typed(type: type, code: .value(value.value))
        case (.throwingFunction(let parameters, let result), .function(let expected, let expectedResult))
            where parameters == expected && result == expectedResult:
            return Typed(type: type, code: value.code)
        default:
            return nil
        }
    }
}

extension CType {
    /// The parameter types of a function type, throwing or not (nil for other types).
    var functionParameters: [CType]? {
        switch self {
        case .function(let parameters, _), .throwingFunction(let parameters, _): return parameters
        default: return nil
        }
    }
}
