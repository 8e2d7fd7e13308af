extension CompileError {
    /// Examples of `kind`, the first as the reference shows it, the others for the wordings that differ in more
    /// than a quoted name, type or number (so every message of the kind can be recognised, see `pattern`).
    static func samples(of kind: Kind) -> [CompileError] {
        samplesOfSyntax(kind) ?? samplesOfDeclarations(kind) ?? samplesOfMembers(kind) ?? samplesOfCalls(kind) ?? samplesOfTypes(kind) ?? []
    }

    private static func samplesOfSyntax(_ kind: Kind) -> [CompileError]? {
        switch kind {
        case .notSupported:
            return RefusedConstruct.allCases.map { .notSupported(Refusal(construct: $0, subjects: $0.row.subjects)) }
        case .interpolationArguments: return [.interpolationArguments]
        case .ifExpressionWithoutElse: return [.ifExpressionWithoutElse]
        case .conditionBindingNotSimpleName:
            return [.conditionBindingNotSimpleName(unwrapsOptional: false), .conditionBindingNotSimpleName(unwrapsOptional: true)]
        case .propertyNameNotSimple: return [.propertyNameNotSimple]
        case .computedPropertyNeedsType: return [.computedPropertyNeedsType]
        case .functionWithoutBody:
            return [.functionWithoutBody(), .functionWithoutBody(of: "initializer"), .functionWithoutBody(of: "getter"),
                    .functionWithoutBody(of: "subscript")]
        case .mutatingInClass: return [.mutatingInClass]
        case .enumCaseOutsideEnum: return [.enumCaseOutsideEnum]
        case .integerLiteralOverflow:
            return [.integerLiteralOverflow("99999999999999999999"), .integerLiteralOverflow("-1", type: "UInt8")]
        case .invalidUnicodeScalar: return [.invalidUnicodeScalar("D800")]
        case .invalidEscapeSequence: return [.invalidEscapeSequence]
        case .anonymousArgumentOutsideClosure: return [.anonymousArgumentOutsideClosure]
        case .anonymousArgumentWithExplicitParameters:
            return [.anonymousArgumentWithExplicitParameters(suggestion: "x"), .anonymousArgumentWithExplicitParameters(suggestion: nil)]
        case .unlabelledAfterVariadic: return [.unlabelledAfterVariadic]
        case .bracketsTooDeep: return [.bracketsTooDeep(limit: BracketNesting.limit)]
        case .equalsWhitespace: return [.equalsWhitespace]
        case .letComputedProperty: return [.letComputedProperty]
        case .lazyOnLet: return [.lazyOnLet]
        case .modifierInProtocol: return [.modifierInProtocol("public")]
        case .hexFloatWithoutExponent: return [.hexFloatWithoutExponent]
        case .invalidAvailability: return AvailabilityMistake.samples.map { .invalidAvailability($0) }
        case .continueOutsideLoop: return [.continueOutsideLoop]
        case .breakOutsideLoop: return [.breakOutsideLoop(insideIfOrDo: false), .breakOutsideLoop(insideIfOrDo: true)]
        case .guardFallsThrough: return [.guardFallsThrough]
        case .returnOutsideFunction: return [.returnOutsideFunction]
        case .missingReturnValue: return [.missingReturnValue]
        case .returnValueInVoidFunction: return [.returnValueInVoidFunction]
        case .switchNotExhaustive: return [.switchNotExhaustive(), .switchNotExhaustive(missing: [".b", ".c"])]
        case .emptyCaseBody: return [.emptyCaseBody(isDefault: false), .emptyCaseBody(isDefault: true)]
        case .callNotMarkedTry: return [.callNotMarkedTry(handled: true), .callNotMarkedTry(handled: false)]
        case .errorNotHandled:
            return [false, true].flatMap { isThrow in
                [false, true].map { CompileError.errorNotHandled(isThrow: isThrow, catchNotExhaustive: $0) }
            }
        case .notAnError: return [.notAnError(.int)]
        case .thrownTypeMismatch:
            return [.thrownTypeMismatch(.int, errorType: .native("Never")), .thrownTypeMismatch(anyErrorType, errorType: .int)]
        case .thrownTypeNotError: return [.thrownTypeNotError(.int)]
        case .floatLiteralConversion:
            return [.floatLiteralConversion("9.3e18", type: .optional(.int), negative: false),
                    .floatLiteralConversion("-1.5", type: .integer(IntegerKind(bits: 8, signed: false)), negative: true)]
        case .doThrowsWithoutCatch: return [.doThrowsWithoutCatch]
        case .branchesMismatch: return [.branchesMismatch(.double, .int)]
        case .exitFromDefer: return [.exitFromDefer("return")]
        case .throwFromDefer: return [.throwFromDefer(isCall: false), .throwFromDefer(isCall: true)]
        case .throwingToNonThrowing: return [.throwingToNonThrowing(.throwingFunction([], .int), .function([], .int))]
        case .noMatchingFunction:
            return [.noMatchingFunction("s", role: "static method"), .noMatchingFunction("f", role: "local function")]
        case .rethrowsWithoutThrowingParameter: return [.rethrowsWithoutThrowingParameter]
        case .rethrowingFunctionThrows:
            return [.rethrowingFunctionThrows(isCall: false), .rethrowingFunctionThrows(isCall: true),
                    .rethrowingFunctionThrows(isCall: true, marked: false)]
        case .trailingClosureNotFunction: return [.trailingClosureNotFunction(.int), .trailingClosureNotFunction(nil)]
        default: return nil
        }
    }

    private static func samplesOfDeclarations(_ kind: Kind) -> [CompileError]? {
        switch kind {
        case .cannotFindInScope: return [.cannotFindInScope("slpoe", suggestion: "slope")]
        case .cannotFindTypeInScope: return [.cannotFindTypeInScope("Strng", suggestion: "String")]
        case .cannotFindLabel: return [.cannotFindLabel("outer")]
        case .ambiguousUse: return [.ambiguousUse("f")]
        case .invalidRedeclaration: return [.invalidRedeclaration("x")]
        case .operatorAsValue: return [.operatorAsValue("+")]
        case .typesOnlyAtTopLevel: return [.typesOnlyAtTopLevel]
        case .enumStoredProperty: return [.enumStoredProperty]
        case .typeAnnotationMissing: return [.typeAnnotationMissing]
        case .observingVariableWithoutInitializer: return [.observingVariableWithoutInitializer]
        case .operatorNotStatic: return [.operatorNotStatic("+", type: "Vector")]
        case .ownershipOfNonClass: return [.ownershipOfNonClass("weak", .int), .ownershipOfNonClass("unowned", .string)]
        case .rawValueNotLiteral: return [.rawValueNotLiteral]
        case .rawValueNotInferred: return [.rawValueNotInferred]
        case .rawValueWithoutRawType: return [.rawValueWithoutRawType]
        case .staticPropertyWithoutValue: return [.staticPropertyWithoutValue(isLet: false), .staticPropertyWithoutValue(isLet: true)]
        case .staticStoredInGenericType: return [.staticStoredInGenericType]
        case .notCustomStringConvertible: return [.notCustomStringConvertible("Point")]
        case .notComparable: return [.notComparable("Point")]
        case .notHashable: return [.notHashable(.array(.int))]
        case .genericStructRequires: return [.genericStructRequires("Set", element: .array(.int), protocolName: "Hashable")]
        case .compileTimeLimit: return [.compileTimeLimit(seconds: 60)]
        case .cannotGenerate: return [.cannotGenerate]
        case .tooManyGlobals: return [.tooManyGlobals(limit: Interpreter.globalCapacity)]
        case .usedBeforeInitialized:
            return [false, true].flatMap { isLet in
                [false, true].map { CompileError.usedBeforeInitialized("x", isLet: isLet, byReference: $0) }
            }
        case .initializedTwice: return [.initializedTwice("x")]
        case .initializerCoverage: return initializerCoverageSamples
        case .overrideKeywordRequired: return [.overrideKeywordRequired]
        case .overridesFinal: return [.overridesFinal("instance method"), .overridesFinal("property")]
        case .overridesNothing: return [.overridesNothing("method"), .overridesNothing("property"), .overridesNothing("initializer")]
        case .inheritsFromFinalClass: return [.inheritsFromFinalClass("Shape")]
        case .requiredInitializerMissing: return [.requiredInitializerMissing("init(i:)", superclass: "Shape")]
        case .failableOverridesNonFailable: return [.failableOverridesNonFailable("init()"), .failableOverridesNonFailable("init(x:)")]
        case .nonFailableDelegatesToFailable: return [.nonFailableDelegatesToFailable("init(x:)")]
        case .doesNotConform: return [.doesNotConform("Point", protocolName: "Shape")]
        case .extensionStoredProperty: return [.extensionStoredProperty]
        case .mutatingMethodReference: return [.mutatingMethodReference]
        case .initializerRequirementNeedsRequired: return [.initializerRequirementNeedsRequired("init(s:)", className: "C")]
        case .signatureUsesRestrictedType:
            return [.signatureUsesRestrictedType(role: "result", access: "private"),
                    .signatureUsesRestrictedType(role: "parameter", access: "fileprivate")]
        case .failableWitnessForNonFailableRequirement: return [.failableWitnessForNonFailableRequirement("init(i:)")]
        case .witnessLabelMismatch: return [.witnessLabelMismatch("initializer 'init(textx:)'", protocolName: "P", required: "init(text:)")]
        case .wrappedValueInitializerType: return [.wrappedValueInitializerType(.string, property: .int)]
        case .resultBuilderWithoutBlock: return [.resultBuilderWithoutBlock]
        case .nonClassConformsToClassProtocol: return [.nonClassConformsToClassProtocol("Point", protocolName: "Delegate")]
        case .readOnlyOverridesMutable: return [.readOnlyOverridesMutable("area")]
        case .overrideTypeMismatch: return [.overrideTypeMismatch("x", .double, inherited: .int)]
        case .observesReadOnly: return [.observesReadOnly("area")]
        case .notAnAttribute: return [.notAnAttribute("Clamped", kind: "struct")]
        case .instanceMethodShadowsGlobal: return [.instanceMethodShadowsGlobal("max")]
        case .topLevelPropertyWrapper: return [.topLevelPropertyWrapper]
        case .wrapperWithoutWrappedValue: return [.wrapperWithoutWrappedValue("SmallNumber")]
        case .genericParameterNotInferred: return [.genericParameterNotInferred("U")]
        case .notMemberType: return [.notMemberType("Element", of: "S")]
        case .protocolInGenericContext: return [.protocolInGenericContext("Delegate")]
        case .unknownAttribute: return [.unknownAttribute("Nope")]
        case .functionTypeArgumentLabel: return [.functionTypeArgumentLabel("x")]
        case .resultBuilderControlFlow: return [.resultBuilderControlFlow("DrawingBuilder")]
        case .operatorWithoutDeclaration: return [.operatorWithoutDeclaration]
        case .declaredInFailedCell: return [.declaredInFailedCell("losses", line: 4)]
        case .setterInaccessible: return [.setterInaccessible("n", compound: false), .setterInaccessible("n", compound: true)]
        case .genericRequirement: return [.genericRequirement("global function 'largest'", type: .user(UserType(kind: .structure, name: "Point", qualifiedName: "main.Point")), protocolName: "Shape")]
        case .genericSuperclassRequirement: return [.genericSuperclassRequirement("global function 'g'", type: .int, className: "K")]
        case .genericSameTypeRequirement: return [.genericSameTypeRequirement("global function 'allItemsMatch'", .int, .string)]
        case .opaqueReturnMismatch: return [.opaqueReturnMismatch("some Shape")]
        case .opaqueResultWithoutReturns: return [.opaqueResultWithoutReturns]
        case .typeCannotConform: return [.typeCannotConform(.void, protocolName: "Collection")]
        default: return nil
        }
    }

    /// One of each definite-initialization mistake of an initializer (`InitializerCoverageMistake`).
    private static let initializerCoverageSamples: [CompileError] = [
        InitializerCoverageMistake.returnWithoutInitializing(missing: ["self.k"]), .selfUsedBeforeInitialized(missing: ["self.k"]),
        .selfUsedInMember(use: "method call", name: "show", missing: ["self.k"]),
        .selfUsedBeforeSuperInit(use: "property access", name: "x"), .selfUsedBeforeSuperInit(use: nil, name: "self"),
        .propertyNotInitializedAtSuperInit("self.y", implicit: false),
        .propertyNotInitializedAtSuperInit("self.y", implicit: true), .superInitNotCalled,
        .propertyCapturedBeforeInitialized("self.k"), .selfCapturedBeforeInitialized(missing: ["self.k"]),
        .memberStoredBeforeInitialized("self.q"),
    ].map(CompileError.initializerCoverage)

    private static func samplesOfMembers(_ kind: Kind) -> [CompileError]? {
        switch kind {
        case .typeHasNoMember: return [.typeHasNoMember("Double", member: "pie", suggestion: "pi")]
        case .moduleHasNoMember: return [.moduleHasNoMember("Swift", member: "minx")]
        case .valueHasNoMember:
            return [.valueHasNoMember(.array(.int), member: "cout", suggestion: "count"),
                    .valueHasNoMember(.tuple([.init(label: nil, type: .int), .init(label: nil, type: .int)]), member: "2")]
        case .optionalMemberNeedsUnwrap: return [.optionalMemberNeedsUnwrap(.optional(.string), member: "count")]
        case .cannotInferContextualBase: return [.cannotInferContextualBase("red", chained: true), .cannotInferContextualBase("red", chained: false)]
        case .noSubscripts: return [.noSubscripts(.int)]
        case .tupleSubscript:
            let pair = CType.tuple([.init(label: nil, type: .int), .init(label: nil, type: .int)])
            return [.tupleSubscript(pair, index: 0), .tupleSubscript(pair, index: nil)]
        case .stringIntegerSubscript: return [.stringIntegerSubscript]
        case .subscriptArguments:
            return [.subscriptArguments(.extraneousLabel("i")), .subscriptArguments(.missingIndex),
                    .subscriptArguments(.incorrectLabels(have: ["k", nil], expected: [nil, "default"])),
                    .subscriptArguments(.incorrectLabels(have: [nil, "x"], expected: [nil, "default"])),
                    .subscriptArguments(.extraLabelled("i")), .subscriptArguments(.extraArguments(positions: [2, 3])),
                    .subscriptArguments(.missingArgument(label: "col", position: 2)),
                    .subscriptArguments(.missingLabels(["a", "b"])), .subscriptArguments(.extraneousLabels(["a", "b"]))]
        case .enumCaseNeedsValues: return [.enumCaseNeedsValues("circle")]
        case .enumCasePatternLength: return [.enumCasePatternLength(.tuple([.init(label: nil, type: .int), .init(label: nil, type: .int)]))]
        case .sequenceMethodRequires:
            return [.sequenceMethodRequires(method: "sorted", element: .bool, protocolName: "Comparable")]
        case .getOnlyProperty: return [.getOnlyProperty("count")]
        case .getOnlySubscript: return [.getOnlySubscript(), .getOnlySubscript(mutatingOperator: true)]
        case .getOnlyVariable: return [.getOnlyVariable("total")]
        case .mutatingOperatorOnGetOnly: return [.mutatingOperatorOnGetOnly("area")]
        case .mutatingMemberOnGetOnly: return [.mutatingMemberOnGetOnly("T")]
        case .getOnlyPropertyThroughSubscript: return [.getOnlyPropertyThroughSubscript("scalars")]
        case .assignThroughSubscriptOfConstant: return [.assignThroughSubscriptOfConstant("xs")]
        case .changeOfCallResult:
            return [.changeOfCallResult(access: "cannot assign through subscript"),
                    .changeOfCallResult(access: "cannot assign through subscript", source: "'f'"),
                    .changeOfCallResult(access: "cannot assign to property", source: "'f'"),
                    .changeOfCallResult(access: "cannot assign to property"),
                    .changeOfCallResult(access: "cannot use mutating member on immutable value", source: "'f'"),
                    .changeOfCallResult(access: "left side of mutating operator isn't mutable", source: "'f'"),
                    .changeOfCallResult(access: "cannot assign to value", source: "binary operator"),
                    .changeOfCallResult(access: "cannot pass immutable value as inout argument", source: "binary operator")]
        case .stateChangeOfCopy: return [.stateChangeOfCopy(change: "cannot use 'zeroGrad' on", access: "a subscript of 'Tensor'")]
        default: return nil
        }
    }

    private static func samplesOfCalls(_ kind: Kind) -> [CompileError]? {
        switch kind {
        case .noAccessibleInitializers: return [.noAccessibleInitializers("Color")]
        case .classWithoutInitializers: return [.classWithoutInitializers("Node", property: "value")]
        case .missingArgument: return [.missingArgument(label: "x", position: 1), .missingArgument(label: nil, position: 2)]
        case .incorrectArgumentLabels:
            return [.incorrectArgumentLabels(have: ["y"], expected: ["x"]),
                    .incorrectArgumentLabels(have: ["a", nil], expected: ["x", "y"])]
        case .missingArgumentLabel: return [.missingArgumentLabel("x"), .missingArgumentLabel("default", inSubscript: true)]
        case .extraneousArgumentLabel: return [.extraneousArgumentLabel("x")]
        case .extraArgument: return [.extraArgument("y"), .extraArgument(nil)]
        case .argumentsToNoParameters: return [.argumentsToNoParameters(inSubscript: false), .argumentsToNoParameters(inSubscript: true)]
        case .missingArgumentLabels: return [.missingArgumentLabels(["x", "y"])]
        case .extraneousArgumentLabels: return [.extraneousArgumentLabels(["x", "y"])]
        case .argumentOutOfOrder:
            return [.argumentOutOfOrder(label: "a", position: 2, before: "b", beforePosition: 1),
                    .argumentOutOfOrder(label: nil, position: 2, before: "b", beforePosition: 1),
                    .argumentOutOfOrder(label: "a", position: 2, before: nil, beforePosition: 1),
                    .argumentOutOfOrder(label: nil, position: 3, before: nil, beforePosition: 2)]
        case .noMatchingGlobalFunction: return [.noMatchingGlobalFunction("f")]
        case .noMatchingSubscript: return [.noMatchingSubscript]
        case .noMatchingInstanceMethod:
            return [.noMatchingInstanceMethod("sorted", candidates: ["sorted()", "sorted(by:)"])]
        case .noMatchingInitializer: return [.noMatchingInitializer]
        case .noMatchingCall: return [.noMatchingCall("plot")]
        case .notAFunction: return [.notAFunction(.int)]
        case .optionalNotUnwrapped: return [.optionalNotUnwrapped(.optional(.int), wrapped: .int)]
        case .inoutNeedsAmpersand: return [.inoutNeedsAmpersand(.array(.int))]
        case .ampersandOutsideArgument: return [.ampersandOutsideArgument]
        case .ampersandNonInoutArgument: return [.ampersandNonInoutArgument(.int)]
        case .closureArgumentCount:
            return [.closureArgumentCount("(Int) -> Bool", expected: 1, used: 2),
                    .closureArgumentCount("(Int, Int) throws -> Bool", expected: 2, used: 1),
                    .closureArgumentCount("(Int) -> Int", expected: 1, used: 0)]
        case .closureParameterNotInferred: return [.closureParameterNotInferred("x")]
        case .keyPathRootNotInferred: return [.keyPathRootNotInferred]
        case .missingReturn: return FunctionRole.allCases.map { .missingReturn($0, .int) }
        case .conflictingGenericArguments: return [.conflictingGenericArguments(.int, .string)]
        case .functionRequiresComparable: return [.functionRequiresComparable("max", .bool)]
        case .argumentDoesNotConform: return [.argumentDoesNotConform(.int, protocolName: "Sequence")]
        case .strideLabels: return [.strideLabels]
        case .strideBounds: return [.strideBounds]
        case .zipArguments: return [.zipArguments]
        case .compactMapNeedsOptional: return [.compactMapNeedsOptional(.int)]
        case .flatMapNeedsArray: return [.flatMapNeedsArray(.int)]
        case .flatMapNeedsOptional: return [.flatMapNeedsOptional(.int)]
        case .reduceIntoNeedsClosureLiteral: return [.reduceIntoNeedsClosureLiteral]
        case .reduceIntoClosureType:
            return [.reduceIntoClosureType(.function([.int, .int], .int), result: .int, element: .int)]
        case .characterSetNotWritten: return [.characterSetNotWritten]
        case .groupingNeedsArray: return [.groupingNeedsArray(.int)]
        case .uniqueKeysNeedsPairs: return [.uniqueKeysNeedsPairs(.array(.int))]
        case .setSourceNotArray: return [.setSourceNotArray(.int)]
        case .declaredClosureResult: return [.declaredClosureResult(.int, contextual: .void)]
        default: return nil
        }
    }

    private static func samplesOfTypes(_ kind: Kind) -> [CompileError]? {
        switch kind {
        case .argumentType: return [.argumentType(.string, expected: .int)]
        case .specifiedType: return [.specifiedType(.string, specified: .int)]
        case .conditionType: return [.conditionType(.string)]
        case .integerAsBoolean: return [.integerAsBoolean(.integer(IntegerKind(bits: 8, signed: false)))]
        case .optionalAsBoolean: return [.optionalAsBoolean(.optional(.int))]
        case .integerLiteralAsBoolean: return [.integerLiteralAsBoolean(1), .integerLiteralAsBoolean(0)]
        case .coercionType: return [.coercionType(.int, target: .string)]
        case .rawValueType: return [.rawValueType(.string, rawType: .int)]
        case .dictionaryKeyType: return [.dictionaryKeyType(.int, expected: .string)]
        case .dictionaryValueType: return [.dictionaryValueType(.string, expected: .int)]
        case .elementType: return [.elementType(.string, expected: .int)]
        case .returnType: return [.returnType(.string, expected: .int)]
        case .closureResultType: return [.closureResultType(.string, expected: .int)]
        case .defaultArgumentType: return [.defaultArgumentType(.string, expected: .int)]
        case .assignmentType: return [.assignmentType(.string, target: .int)]
        case .subscriptAssignmentType: return [.subscriptAssignmentType(.string, element: .int)]
        case .patternType: return [.patternType(.string, subject: .int)]
        case .tuplePatternShape: return [.tuplePatternShape(.int, elements: 2)]
        case .tuplePatternOnNonTuple: return [.tuplePatternOnNonTuple(.int), .tuplePatternOnNonTuple(.int, inLoop: true)]
        case .destructureCount:
            return [.destructureCount(.tuple([.init(label: nil, type: .int), .init(label: nil, type: .string)]), elements: 3),
                    .destructureCount(.tuple([.init(label: nil, type: .int), .init(label: nil, type: .string), .init(label: nil, type: .int)]),
                                      elements: 2)]
        case .nilForNonOptional: return [.nilForNonOptional(.int)]
        case .nilWithoutContext: return [.nilWithoutContext]
        case .nilLiteral: return NilLiteralMistake.allCases.map { .nilLiteral($0, $0 == .operatorArgument ? .array(.int) : .int) }
        case .bindingNotOptional: return [.bindingNotOptional(.int)]
        case .ternaryMismatch: return [.ternaryMismatch(.int, .string)]
        case .emptyCollectionLiteral: return [.emptyCollectionLiteral]
        case .heterogeneousCollectionLiteral: return [.heterogeneousCollectionLiteral("[Any?]")]
        case .notASequence: return [.notASequence(.int)]
        case .typeNameAlone: return [.typeNameAlone]
        case .binaryOperatorSameTypes: return [.binaryOperatorSameTypes("-", .string)]
        case .identityOfValue: return [.identityOfValue(.int)]
        case .binaryOperatorTypes: return [.binaryOperatorTypes("+", .int, .string)]
        case .unaryOperatorType: return [.unaryOperatorType("-", .string)]
        case .floatingRemainder: return [.floatingRemainder]
        case .unicodeScalarWithoutValue: return [.unicodeScalarWithoutValue]
        case .nilCoalescingNonOptional: return [.nilCoalescingNonOptional(.int)]
        case .oneSidedRangeContext: return [.oneSidedRangeContext]
        case .optionalChainOnNonOptional: return [.optionalChainOnNonOptional(.int)]
        case .forceUnwrapNonOptional: return [.forceUnwrapNonOptional(.int)]
        case .mutatingOperatorOnConstant: return [.mutatingOperatorOnConstant("x"), .mutatingOperatorOnConstant("x", unary: true)]
        case .assignToConstant: return [.assignToConstant("x")]
        case .assignToItself: return [.assignToItself(property: true), .assignToItself(property: false)]
        case .assignToConstantProperty: return [.assignToConstantProperty("x")]
        case .mutatingMemberOnConstant: return [.mutatingMemberOnConstant("xs")]
        case .inoutConstant: return [.inoutConstant("x")]
        case .inoutArgumentsAlias: return [.inoutArgumentsAlias]
        case .overlappingAccess: return [.overlappingAccess("p.x")]
        case .escapingClosureCapturesMutatingSelf: return [.escapingClosureCapturesMutatingSelf]
        case .escapingClosureCapturesInout: return [.escapingClosureCapturesInout("x")]
        case .inoutImmutableValue: return [.inoutImmutableValue(.optional(.int))]
        case .assignToImmutableExpression: return [.assignToImmutableExpression(.optional(.int))]
        case .assignToFunction: return [.assignToFunction("f")]
        case .assignToMethod: return [.assignToMethod("m")]
        case .assignToCallResult: return [.assignToCallResult(function: "f"), .assignToCallResult(function: nil)]
        case .inoutLiteral: return [.inoutLiteral]
        case .assignToLiteral: return [.assignToLiteral]
        case .assignThroughForceUnwrap: return [.assignThroughForceUnwrap("first")]
        case .extraSubscriptArgument: return [.extraSubscriptArgument]
        case .initializerRequirement: return [.initializerRequirement("init(_:radix:)", type: "Int", protocolName: "StringProtocol")]
        case .immutableBindingChange:
            return [.immutableBindingChange(access: "cannot assign to value", name: "c", capture: true),
                    .immutableBindingChange(access: "left side of mutating operator isn't mutable", name: "x", capture: false)]
        case .nestedBindingPattern: return [.nestedBindingPattern("var")]
        case .nestedTuplePatternShape:
            return [.nestedTuplePatternShape(.tuple([TupleElement(label: nil, type: .int), TupleElement(label: nil, type: .tuple([
                TupleElement(label: nil, type: .int), TupleElement(label: nil, type: .int)]))]), shape: "(Int, (_, _, _))")]
        case .rawTypeNotSynthesized: return [.rawTypeNotSynthesized("Planet", rawType: .int)]
        case .loopPatternType: return [.loopPatternType(.tuple([.init(label: nil, type: .int), .init(label: nil, type: .int)]))]
        default: return nil
        }
    }
}
