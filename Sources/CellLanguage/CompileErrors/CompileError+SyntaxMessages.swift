extension CompileError {
    /// The message of a syntax or statement error, or nil for another category.
    var syntaxMessage: String? {
        switch self {
        case .notSupported(let refusal): return refusal.message
        case .ifExpressionWithoutElse: return "'if' must have an unconditional 'else' to be used as expression"
        case .interpolationArguments: return "string interpolation takes exactly one unlabelled expression in nbrun cells"
        case .conditionBindingNotSimpleName(let unwrapsOptional):
            return unwrapsOptional ? "pattern matching in a condition implicitly unwraps optionals"
                : "pattern matching in a condition requires the 'case' keyword"
        case .propertyNameNotSimple: return "only simple names are supported for properties"
        case .computedPropertyNeedsType: return "computed property must have an explicit type"
        case .functionWithoutBody(let owner):
            switch owner {
            case "function": return "expected '{' in body of function declaration"
            case "initializer": return "initializer requires a body"
            case "subscript": return "expected '{' in subscript to specify getter and setter implementation"
            default: return "expected '{' to start \(owner) definition"
            }
        case .mutatingInClass: return "'mutating' is not valid on instance methods in classes"
        case .enumCaseOutsideEnum: return "enum 'case' is not allowed outside of an enum"
        case .integerLiteralOverflow(let text, let type):
            if text.hasPrefix("-"), type.hasPrefix("U") {
                return "negative integer '\(text)' overflows when stored into unsigned type '\(type)'"
            }
            return "integer literal '\(text)' overflows when stored into '\(type)'"
        case .invalidUnicodeScalar: return "invalid unicode scalar"
        case .invalidEscapeSequence: return "invalid escape sequence in literal"
        case .anonymousArgumentOutsideClosure: return "anonymous closure argument not contained in a closure"
        case .anonymousArgumentWithExplicitParameters(let suggestion):
            let text = "anonymous closure arguments cannot be used inside a closure that has explicit arguments"
            return suggestion.map { text + "; did you mean '\($0)'?" } ?? text
        case .unlabelledAfterVariadic: return "a parameter following a variadic parameter requires a label"
        case .bracketsTooDeep(let limit): return "square brackets are nested more than \(limit) levels deep"
        case .equalsWhitespace: return "'=' must have consistent whitespace on both sides"
        case .letComputedProperty: return "'let' declarations cannot be computed properties"
        case .lazyOnLet: return "'lazy' cannot be used on a let"
        case .modifierInProtocol(let modifier): return "'\(modifier)' modifier cannot be used in protocols"
        case .hexFloatWithoutExponent: return "hexadecimal floating point literal must end with an exponent"
        case .invalidAvailability(let mistake): return mistake.message
        case .continueOutsideLoop: return "'continue' is only allowed inside a loop"
        case .breakOutsideLoop(let insideIfOrDo):
            if insideIfOrDo {
                return "unlabeled 'break' is only allowed inside a loop or switch, a labeled break is required to exit an if or do"
            }
            return "'break' is only allowed inside a loop, if, do, or switch"
        case .guardFallsThrough:
            return "'guard' body must not fall through, consider using a 'return' or 'throw' to exit the scope"
        case .returnOutsideFunction: return "return invalid outside of a func"
        case .missingReturnValue: return "non-void function should return a value"
        case .returnValueInVoidFunction: return "unexpected non-void return value in void function"
        case .switchNotExhaustive: return "switch must be exhaustive"
        case .emptyCaseBody(let isDefault):
            return "'\(isDefault ? "default" : "case")' label in a 'switch' must have at least one executable statement"
        case .callNotMarkedTry(let handled):
            return handled ? "call can throw but is not marked with 'try'"
                : "call can throw, but it is not marked with 'try' and the error is not handled"
        case .errorNotHandled(let isThrow, let catchNotExhaustive):
            let subject = isThrow ? "error is not handled" : "errors thrown from here are not handled"
            if catchNotExhaustive { return subject + " because the enclosing catch is not exhaustive" }
            return isThrow ? subject + " because the enclosing function is not declared 'throws'" : subject
        case .notAnError(let type): return "thrown expression type '\(type)' does not conform to 'Error'"
        case .thrownTypeMismatch(let type, let errorType):
            let found = type == anyErrorType ? "any Error" : type.spelledInMessages
            return "thrown expression type '\(found)' cannot be converted to error type '\(errorType.spelledInMessages)'"
        case .thrownTypeNotError(let type):
            return "thrown type '\(type.spelledInMessages)' does not conform to the 'Error' protocol"
        case .floatLiteralConversion(let text, let type, let negative):
            if negative { return "negative literal '\(text)' cannot be converted to '\(type.spelledInMessages)'" }
            return "invalid conversion: '\(text)' overflows '\(type.spelledInMessages)'"
        case .doThrowsWithoutCatch: return "a 'do' statement with a 'throws' clause must have at least one 'catch'"
        case .branchesMismatch(let first, let second):
            return "branches have mismatching types '\(first.spelledInMessages)' and '\(second.spelledInMessages)'"
        case .exitFromDefer(let keyword): return "'\(keyword)' cannot transfer control out of a defer statement"
        case .throwFromDefer(let isCall):
            return (isCall ? "call can throw, but errors" : "errors") + " cannot be thrown out of a defer body"
        case .throwingToNonThrowing(let source, let target):
            return "invalid conversion from throwing function of type '\(source)' to non-throwing function type '\(target)'"
        case .noMatchingFunction(let name, let role): return "no exact matches in call to \(role) '\(name)'"
        case .rethrowsWithoutThrowingParameter: return "'rethrows' function must take a throwing function argument"
        case .rethrowingFunctionThrows(let isCall, let marked):
            let call = "call can throw, but " + (marked ? "" : "it is not marked with 'try' and ") + "the error is not handled; a"
            return (isCall ? call : "a")
                + " function declared 'rethrows' may only throw if its parameter does"
        case .trailingClosureNotFunction(let type):
            return "trailing closure passed to parameter" + (type.map { " of type '\($0)'" } ?? "") + " that does not accept a closure"
        default: return nil
        }
    }
}

fileprivate extension DefaultStringInterpolation {
    /// A type in a message, as swiftc spells it (`any P` for an existential: `CType.spelledInMessages`).
    mutating func appendInterpolation(_ type: CType) { appendLiteral(type.spelledInMessages) }
}
