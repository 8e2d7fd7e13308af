extension CompileError {
    /// The message of a type-conversion error, or nil for another category.
    var conversionMessage: String? {
        switch self {
        case .argumentType(let type, let expected):
            return "cannot convert value of type '\(type)' to expected argument type '\(expected)'"
        case .specifiedType(let type, let specified):
            return "cannot convert value of type '\(type)' to specified type '\(specified)'"
        case .conditionType(let type): return "cannot convert value of type '\(type)' to expected condition type 'Bool'"
        case .integerAsBoolean(let type): return "type '\(type)' cannot be used as a boolean; test for '!= 0' instead"
        case .integerLiteralAsBoolean(let value):
            return "integer literal value '\(value)' cannot be used as a boolean; did you mean '\(value == 1 ? "true" : "false")'?"
        case .optionalAsBoolean(let type): return "optional type '\(type)' cannot be used as a boolean; test for '!= nil' instead"
        case .coercionType(let type, let target): return "cannot convert value of type '\(type)' to type '\(target)' in coercion"
        case .rawValueType(let type, let rawType): return "cannot convert value of type '\(type)' to raw type '\(rawType)'"
        case .dictionaryKeyType(let type, let expected):
            return "cannot convert value of type '\(type)' to expected dictionary key type '\(expected)'"
        case .dictionaryValueType(let type, let expected):
            return "cannot convert value of type '\(type)' to expected dictionary value type '\(expected)'"
        case .elementType(let type, let expected):
            return "cannot convert value of type '\(type)' to expected element type '\(expected)'"
        case .returnType(let type, let expected):
            return "cannot convert return expression of type '\(type)' to return type '\(expected)'"
        case .closureResultType(let type, let expected):
            return "cannot convert value of type '\(type)' to closure result type '\(expected)'"
        case .defaultArgumentType(let type, let expected):
            return "default argument value of type '\(type)' cannot be converted to type '\(expected)'"
        case .assignmentType(let type, let target): return "cannot assign value of type '\(type)' to type '\(target)'"
        case .subscriptAssignmentType(let type, let element):
            return "cannot assign value of type '\(type)' to subscript of type '\(element)'"
        case .patternType(let type, let subject):
            return "expression pattern of type '\(type)' cannot match values of type '\(subject)'"
        case .tuplePatternShape(let type, let elements):
            let shape = "(" + Array(repeating: "_", count: elements).joined(separator: ", ") + ")"
            return "cannot convert value of type '\(type)' to specified type '\(shape)'"
        case .tuplePatternOnNonTuple(let type, let inLoop):
            return "tuple pattern cannot match values of \(inLoop ? "" : "the ")non-tuple type '\(type)'"
        case .destructureCount(let type, let elements):
            // swiftc's wording: the pattern's type is the value's first element types, `_` past them.
            guard case .tuple(let parts) = type else { return "cannot destructure value of type '\(type)' into \(elements) elements" }
            let shape = (0..<elements).map { $0 < parts.count ? parts[$0].type.description : "_" }
            return "'\(type)' is not convertible to '(\(shape.joined(separator: ", ")))', tuples have a different number of elements"
        case .nilForNonOptional(let type): return "'nil' cannot initialize specified type '\(type)'"
        case .nilWithoutContext: return "'nil' requires a contextual type"
        case .nilLiteral(let mistake, let type): return mistake.message(type)
        case .bindingNotOptional(let type): return "initializer for conditional binding must have Optional type, not '\(type)'"
        case .ternaryMismatch(let first, let second):
            return "result values in '? :' expression have mismatching types '\(first)' and '\(second)'"
        case .emptyCollectionLiteral: return "empty collection literal requires an explicit type"
        case .heterogeneousCollectionLiteral(let type):
            return "heterogeneous collection literal could only be inferred to '\(type)'; add explicit type annotation if "
                + "this is intentional"
        case .notASequence(let type): return "for-in loop requires '\(type)' to conform to 'Sequence'"
        case .typeNameAlone: return "expected member name or initializer call after type name"
        default: return nil
        }
    }

    /// The message of an operator or mutation error, or nil for another category.
    var operatorMessage: String? {
        switch self {
        case .binaryOperatorSameTypes(let op, let type): return "binary operator '\(op)' cannot be applied to two '\(type)' operands"
        case .identityOfValue(let type): return "argument type '\(type)' expected to be an instance of a class or class-constrained type"
        case .binaryOperatorTypes(let op, let first, let second):
            return "binary operator '\(op)' cannot be applied to operands of type '\(first)' and '\(second)'"
        case .unaryOperatorType(let op, let type): return "unary operator '\(op)' cannot be applied to an operand of type '\(type)'"
        case .floatingRemainder: return "'%' is unavailable: For floating point numbers use truncatingRemainder instead"
        case .unicodeScalarWithoutValue: return "'init()' is unavailable: use 'Unicode.Scalar(0)'"
        case .nilCoalescingNonOptional(let type):
            return "left side of nil coalescing operator '??' has non-optional type '\(type)', so the right side is never used"
        case .oneSidedRangeContext: return "one-sided ranges are supported as array subscripts and case patterns only in nbrun cells"
        case .optionalChainOnNonOptional(let type): return "cannot use optional chaining on non-optional value of type '\(type)'"
        case .forceUnwrapNonOptional(let type): return "cannot force unwrap value of non-optional type '\(type)'"
        case .mutatingOperatorOnConstant(let name, let unary):
            return (unary ? "cannot pass immutable value to mutating operator" : "left side of mutating operator isn't mutable")
                + ": " + Self.constantReason(name)
        case .assignToConstant(let name): return "cannot assign to value: " + Self.constantReason(name)
        case .assignToItself(let property): return "assigning a \(property ? "property" : "variable") to itself"
        case .assignToConstantProperty(let name): return "cannot assign to property: " + Self.constantReason(name)
        case .mutatingMemberOnConstant(let name): return "cannot use mutating member on immutable value: " + Self.constantReason(name)
        case .inoutConstant(let name): return "cannot pass immutable value as inout argument: " + Self.constantReason(name)
        case .inoutArgumentsAlias: return "inout arguments are not allowed to alias each other"
        case .overlappingAccess(let path):
            return "overlapping accesses to '\(path)', but modification requires exclusive access; consider copying to a local variable"
        case .escapingClosureCapturesMutatingSelf: return "escaping closure captures mutating 'self' parameter"
        case .escapingClosureCapturesInout(let name): return "escaping closure captures 'inout' parameter '\(name)'"
        case .inoutImmutableValue(let type): return "cannot pass immutable value of type '\(type)' as inout argument"
        case .assignToImmutableExpression(let type): return "cannot assign to immutable expression of type '\(type)'"
        case .assignToFunction(let name): return "cannot assign to value: '\(name)' is a function"
        case .assignToMethod(let name): return "cannot assign to value: '\(name)' is a method"
        case .assignToCallResult(let function?): return "expression is not assignable: '\(function)' returns immutable value"
        case .assignToCallResult(nil): return "expression is not assignable: function call returns immutable value"
        case .assignToLiteral: return "cannot assign to value: literals are not mutable"
        case .inoutLiteral: return "cannot pass immutable value as inout argument: literals are not mutable"
        case .assignThroughForceUnwrap(let name): return "cannot assign through '!': '\(name)' is a get-only property"
        case .loopPatternType(let type): return "pattern cannot match values of type '\(type)'"
        case .extraSubscriptArgument: return "extra argument in subscript"
        case .immutableBindingChange(let access, let name, let capture):
            return "\(access): '\(name)' is \(capture ? "an immutable capture" : "immutable")"
        case .nestedBindingPattern(let keyword): return "'\(keyword)' cannot appear nested inside another 'var' or 'let' pattern"
        case .nestedTuplePatternShape(let type, let shape): return "cannot convert value of type '\(type)' to specified type '\(shape)'"
        case .initializerRequirement(let initializer, let type, let protocolName):
            return "initializer '\(initializer)' requires that '\(type)' conform to '\(protocolName)'"
        case .rawTypeNotSynthesized(let name, let rawType):
            return "'\(name)' declares raw type '\(rawType)', but does not conform to RawRepresentable and conformance could not be synthesized"
        default: return nil
        }
    }
}

fileprivate extension DefaultStringInterpolation {
    /// A type in a message, as swiftc spells it (`any P` for an existential: `CType.spelledInMessages`).
    mutating func appendInterpolation(_ type: CType) { appendLiteral(type.spelledInMessages) }
}

extension CompileError {
    /// Why a constant cannot change, as swiftc words it: `'x' is a 'let' constant`, but `'self' is immutable` (in a
    /// method that is not `mutating`).
    static func constantReason(_ name: String) -> String {
        name == "self" ? "'self' is immutable" : "'\(name)' is a 'let' constant"
    }
}
