import Diagnostics

extension Compiler {
    /// Where swiftc reports a value that does not convert to an argument's, an annotation's, an element's, a
    /// result's or an assigned place's type (its `Expr::getLoc`): at the member's name for a member or a method
    /// call's result (`f(xs.dropFirst())` at `dropFirst`), at the operator of a binary operation (`let h: Double =
    /// avg / 2` at `/`), else at the value's start.
    static func conversionLocation(of value: Expr) -> SourceLocation {
        switch value.kind {
        case .binary(_, _, _, let op): return op
        case .member(_?, _, let name): return name
        case .call(let callee, _):
            if case .member(_?, _, let name) = callee.kind { return name }
            return value.location
        default: return value.location
        }
    }

    /// Where swiftc reports a condition that is not Bool: where it reports a value that does not convert (at a
    /// binary operator: `if x * 2` at `*`).
    static func conditionLocation(of condition: Expr) -> SourceLocation {
        conversionLocation(of: condition)
    }

    /// swiftc's wording for a conversion mistake of an argument, an annotation's value, a result or an assigned value:
    /// an optional where its wrapped type is needed (`let n: Int = Int(text)`: `value of optional type 'Int?' must be
    /// unwrapped to a value of type 'Int'`); a value that is not optional, for an optional, against the type it
    /// wraps (`let a: Int? = 1.5`: `… to specified type 'Int'`, one level only: `Int??` as `Int?`); an optional for an
    /// annotated optional of another type as an assignment (`let d: Int? = c`: `cannot assign value of type 'Double?'
    /// to type 'Int?'`). Any other mistake (an element's: `[o]` in an `[Int]`) as it is.
    static func unwrapMistake(_ mistake: CompileError, _ found: CType, _ expected: CType) -> CompileError {
        switch (found, expected) {
        case (.optional(let wrapped), _) where wrapped == expected:
            switch mistake {
            case .argumentType, .specifiedType, .returnType, .assignmentType: return .optionalNotUnwrapped(found, wrapped: wrapped)
            default: return mistake
            }
        case (.optional, .optional):
            if case .specifiedType = mistake { return .assignmentType(found, target: expected) }
            return mistake
        case (_, .optional(let wrapped)) where !found.hasError:
            switch mistake {
            case .argumentType: return .argumentType(found, expected: wrapped)
            case .specifiedType: return .specifiedType(found, specified: wrapped)
            case .returnType: return .returnType(found, expected: wrapped)
            case .assignmentType: return .assignmentType(found, target: wrapped)
            default: return mistake
            }
        default:
            return mistake
        }
    }
}
