extension CompileError {
    /// swiftc's wording for a conversion mistake of an argument, an annotation's value, a result or an assigned value:
    /// an optional where its wrapped type is needed (`let n: Int = Int(text)`: `value of optional type 'Int?' must be
    /// unwrapped to a value of type 'Int'`); a value that is not optional, for an optional, against the type it
    /// wraps (`let a: Int? = 1.5`: `… to specified type 'Int'`, one level only: `Int??` as `Int?`); an optional for an
    /// annotated optional of another type as an assignment (`let d: Int? = c`: `cannot assign value of type 'Double?'
    /// to type 'Int?'`). Any other mistake (an element's: `[o]` in an `[Int]`) as it is.
    func wordedAsSwiftc(found: CType, expected: CType) -> CompileError {
        switch (found, expected) {
        case (.optional(let wrapped), _) where wrapped == expected:
            switch self {
            case .argumentType, .specifiedType, .returnType, .closureResultType, .assignmentType:
                return .optionalNotUnwrapped(found, wrapped: wrapped)
            default: return self
            }
        case (.optional, .optional):
            if case .specifiedType = self { return .assignmentType(found, target: expected) }
            return self
        case (_, .optional(let wrapped)) where !found.hasError:
            switch self {
            case .argumentType: return .argumentType(found, expected: wrapped)
            case .specifiedType: return .specifiedType(found, specified: wrapped)
            case .returnType: return .returnType(found, expected: wrapped)
            case .assignmentType: return .assignmentType(found, target: wrapped)
            default: return self
            }
        default:
            return self
        }
    }
}
