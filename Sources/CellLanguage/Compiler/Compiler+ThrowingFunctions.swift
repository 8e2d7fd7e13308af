import Diagnostics

/// Throwing function types (`() throws -> Int`): values stored like other functions, whose calls need `try`; a
/// non-throwing function converts to a throwing type, never the other way.
extension Compiler {
    /// Calls a value of throwing function type (`callee` retyped as the non-throwing function it is stored as): the
    /// enclosing call expression then checks it is covered by `try`.
    func compileThrowingValueCall(_ callee: Typed, _ arguments: [Argument], at location: SourceLocation,
                                  openingParen: SourceLocation?) -> Typed {
        let call = compileValueCall(callee, arguments, at: location, openingParen: openingParen)
        errorHandling.pendingThrowingCall = true
        return call
    }

    /// Converts between function types that differ only in `throws`: `() -> Int` to `() throws -> Int` freely,
    /// the other way refused as swiftc refuses it. Nil when the types are not two such function types.
    func functionEffectCoercion(_ value: Typed, to type: CType, at location: SourceLocation) -> Typed? {
        switch (value.type, type) {
        case (.function(let parameters, let result), .throwingFunction(let expected, let expectedResult))
            where parameters == expected && result == expectedResult:
            return Typed(type: type, code: value.code)
        case (.throwingFunction(let parameters, let result), .function(let expected, let expectedResult))
            where parameters == expected && result == expectedResult:
            error(.throwingToNonThrowing(value.type, type), at: location)
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
