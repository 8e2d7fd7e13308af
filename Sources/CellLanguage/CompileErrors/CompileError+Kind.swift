/// The kinds of `CompileError`, by case name: a stable name per kind of mistake (for tests, docs and tools).
extension CompileError {
    /// A kind of compile error, named after its `CompileError` case (e.g. `cannotFindInScope`).
    enum Kind: String, CaseIterable, Sendable {
        case notSupported
        case interpolationArguments, ifExpressionWithoutElse, conditionBindingNotSimpleName
        case propertyNameNotSimple, computedPropertyNeedsType, functionWithoutBody
        case mutatingInClass, enumCaseOutsideEnum, integerLiteralOverflow, invalidUnicodeScalar
        case invalidEscapeSequence, anonymousArgumentOutsideClosure, anonymousArgumentWithExplicitParameters
        case unlabelledAfterVariadic, bracketsTooDeep, equalsWhitespace, cannotFindInScope, cannotFindTypeInScope
        case cannotFindLabel, ambiguousUse, invalidRedeclaration, operatorAsValue
        case typesOnlyAtTopLevel, enumStoredProperty, typeAnnotationMissing, ownershipOfNonClass
        case operatorNotStatic, observingVariableWithoutInitializer
        case rawValueNotLiteral, rawValueNotInferred, rawValueWithoutRawType
        case staticPropertyWithoutValue, staticStoredInGenericType, notCustomStringConvertible, notComparable
        case notHashable, genericStructRequires, compileTimeLimit, tooManyGlobals, cannotGenerate, usedBeforeInitialized
        case initializedTwice, doesNotConform, extensionStoredProperty, genericRequirement, initializerRequirementNeedsRequired
        case mutatingMethodReference, initializerCoverage
        case setterInaccessible, signatureUsesRestrictedType, genericSuperclassRequirement, genericSameTypeRequirement
        case opaqueReturnMismatch, failableWitnessForNonFailableRequirement, nonClassConformsToClassProtocol, witnessLabelMismatch
        case wrappedValueInitializerType, resultBuilderWithoutBlock
        case opaqueResultWithoutReturns, typeCannotConform
        case readOnlyOverridesMutable, overrideTypeMismatch, observesReadOnly, notAnAttribute, instanceMethodShadowsGlobal, topLevelPropertyWrapper
        case wrapperWithoutWrappedValue, moduleHasNoMember
        case genericParameterNotInferred, unknownAttribute, resultBuilderControlFlow, notMemberType, functionTypeArgumentLabel
        case protocolInGenericContext
        case operatorWithoutDeclaration, declaredInFailedCell
        case typeHasNoMember, valueHasNoMember, optionalMemberNeedsUnwrap
        case cannotInferContextualBase, noSubscripts, tupleSubscript, stringIntegerSubscript
        case subscriptArguments, enumCaseNeedsValues, enumCasePatternLength
        case sequenceMethodRequires, getOnlyProperty, noAccessibleInitializers, classWithoutInitializers
        case missingArgument, incorrectArgumentLabels, missingArgumentLabel, extraneousArgumentLabel, extraArgument
        case argumentsToNoParameters
        case missingArgumentLabels, extraneousArgumentLabels, argumentOutOfOrder
        case noMatchingGlobalFunction, noMatchingSubscript, noMatchingInstanceMethod, noMatchingInitializer, noMatchingCall, notAFunction
        case optionalNotUnwrapped, inoutNeedsAmpersand, ampersandOutsideArgument, closureArgumentCount
        case ampersandNonInoutArgument
        case closureParameterNotInferred, keyPathRootNotInferred, missingReturn, conflictingGenericArguments, functionRequiresComparable
        case argumentDoesNotConform, strideLabels, strideBounds, zipArguments, compactMapNeedsOptional
        case flatMapNeedsArray, flatMapNeedsOptional, reduceIntoNeedsClosureLiteral, reduceIntoClosureType
        case characterSetNotWritten, groupingNeedsArray, uniqueKeysNeedsPairs, setSourceNotArray, declaredClosureResult
        case argumentType
        case specifiedType, conditionType, integerAsBoolean, optionalAsBoolean, integerLiteralAsBoolean
        case coercionType, rawValueType, dictionaryKeyType, dictionaryValueType
        case elementType, returnType, closureResultType, defaultArgumentType, assignmentType, subscriptAssignmentType, patternType
        case tuplePatternShape, tuplePatternOnNonTuple, destructureCount, nilForNonOptional, nilWithoutContext, nilLiteral
        case bindingNotOptional, ternaryMismatch, emptyCollectionLiteral, heterogeneousCollectionLiteral, notASequence
        case typeNameAlone
        case binaryOperatorSameTypes, binaryOperatorTypes, unaryOperatorType, floatingRemainder, unicodeScalarWithoutValue
        case nilCoalescingNonOptional, oneSidedRangeContext, optionalChainOnNonOptional, forceUnwrapNonOptional
        case mutatingOperatorOnConstant, assignToConstant, assignToConstantProperty, mutatingMemberOnConstant, assignToItself
        case inoutConstant, inoutArgumentsAlias, overlappingAccess, inoutImmutableValue, assignToImmutableExpression
        case escapingClosureCapturesMutatingSelf, escapingClosureCapturesInout
        case assignToFunction, assignToMethod, assignToCallResult, continueOutsideLoop, breakOutsideLoop
        case guardFallsThrough, returnOutsideFunction, missingReturnValue, returnValueInVoidFunction
        case switchNotExhaustive, emptyCaseBody, callNotMarkedTry, errorNotHandled, notAnError
        case thrownTypeMismatch, thrownTypeNotError, floatLiteralConversion, doThrowsWithoutCatch, branchesMismatch
        case exitFromDefer, throwFromDefer, throwingToNonThrowing, noMatchingFunction
        case rethrowsWithoutThrowingParameter, rethrowingFunctionThrows, trailingClosureNotFunction
        case invalidAvailability
        case lazyOnLet, modifierInProtocol, hexFloatWithoutExponent, identityOfValue
        case letComputedProperty, getOnlySubscript, getOnlyVariable, mutatingOperatorOnGetOnly
        case mutatingMemberOnGetOnly, getOnlyPropertyThroughSubscript, changeOfCallResult, stateChangeOfCopy
        case assignThroughSubscriptOfConstant
        case overrideKeywordRequired, overridesFinal, overridesNothing, inheritsFromFinalClass
        case requiredInitializerMissing, failableOverridesNonFailable, nonFailableDelegatesToFailable
        case assignToLiteral, inoutLiteral, assignThroughForceUnwrap, loopPatternType, rawTypeNotSynthesized
        case extraSubscriptArgument, initializerRequirement, immutableBindingChange, nestedBindingPattern
        case nestedTuplePatternShape
    }

    /// The kind of this error.
    var kind: Kind {
        switch self {
        case .notSupported: return .notSupported
        case .interpolationArguments: return .interpolationArguments
        case .ifExpressionWithoutElse: return .ifExpressionWithoutElse
        case .conditionBindingNotSimpleName: return .conditionBindingNotSimpleName
        case .propertyNameNotSimple: return .propertyNameNotSimple
        case .computedPropertyNeedsType: return .computedPropertyNeedsType
        case .functionWithoutBody: return .functionWithoutBody
        case .mutatingInClass: return .mutatingInClass
        case .enumCaseOutsideEnum: return .enumCaseOutsideEnum
        case .integerLiteralOverflow: return .integerLiteralOverflow
        case .invalidUnicodeScalar: return .invalidUnicodeScalar
        case .invalidEscapeSequence: return .invalidEscapeSequence
        case .anonymousArgumentOutsideClosure: return .anonymousArgumentOutsideClosure
        case .anonymousArgumentWithExplicitParameters: return .anonymousArgumentWithExplicitParameters
        case .unlabelledAfterVariadic: return .unlabelledAfterVariadic
        case .bracketsTooDeep: return .bracketsTooDeep
        case .equalsWhitespace: return .equalsWhitespace
        case .letComputedProperty: return .letComputedProperty
        case .lazyOnLet: return .lazyOnLet
        case .modifierInProtocol: return .modifierInProtocol
        case .hexFloatWithoutExponent: return .hexFloatWithoutExponent
        case .invalidAvailability: return .invalidAvailability
        case .cannotFindInScope: return .cannotFindInScope
        case .cannotFindTypeInScope: return .cannotFindTypeInScope
        case .cannotFindLabel: return .cannotFindLabel
        case .ambiguousUse: return .ambiguousUse
        case .invalidRedeclaration: return .invalidRedeclaration
        case .operatorAsValue: return .operatorAsValue
        case .typesOnlyAtTopLevel: return .typesOnlyAtTopLevel
        case .enumStoredProperty: return .enumStoredProperty
        case .typeAnnotationMissing: return .typeAnnotationMissing
        case .observingVariableWithoutInitializer: return .observingVariableWithoutInitializer
        case .ownershipOfNonClass: return .ownershipOfNonClass
        case .operatorNotStatic: return .operatorNotStatic
        case .rawValueNotLiteral: return .rawValueNotLiteral
        case .rawValueNotInferred: return .rawValueNotInferred
        case .rawValueWithoutRawType: return .rawValueWithoutRawType
        case .staticPropertyWithoutValue: return .staticPropertyWithoutValue
        case .staticStoredInGenericType: return .staticStoredInGenericType
        case .notCustomStringConvertible: return .notCustomStringConvertible
        case .notComparable: return .notComparable
        case .notHashable: return .notHashable
        case .genericStructRequires: return .genericStructRequires
        case .compileTimeLimit: return .compileTimeLimit
        case .cannotGenerate: return .cannotGenerate
        case .tooManyGlobals: return .tooManyGlobals
        case .usedBeforeInitialized: return .usedBeforeInitialized
        case .initializedTwice: return .initializedTwice
        case .initializerCoverage: return .initializerCoverage
        case .doesNotConform: return .doesNotConform
        case .extensionStoredProperty: return .extensionStoredProperty
        case .mutatingMethodReference: return .mutatingMethodReference
        case .initializerRequirementNeedsRequired: return .initializerRequirementNeedsRequired
        case .setterInaccessible: return .setterInaccessible
        case .signatureUsesRestrictedType: return .signatureUsesRestrictedType
        case .failableWitnessForNonFailableRequirement: return .failableWitnessForNonFailableRequirement
        case .witnessLabelMismatch: return .witnessLabelMismatch
        case .wrappedValueInitializerType: return .wrappedValueInitializerType
        case .resultBuilderWithoutBlock: return .resultBuilderWithoutBlock
        case .nonClassConformsToClassProtocol: return .nonClassConformsToClassProtocol
        case .readOnlyOverridesMutable: return .readOnlyOverridesMutable
        case .overrideTypeMismatch: return .overrideTypeMismatch
        case .observesReadOnly: return .observesReadOnly
        case .notAnAttribute: return .notAnAttribute
        case .instanceMethodShadowsGlobal: return .instanceMethodShadowsGlobal
        case .topLevelPropertyWrapper: return .topLevelPropertyWrapper
        case .wrapperWithoutWrappedValue: return .wrapperWithoutWrappedValue
        case .genericParameterNotInferred: return .genericParameterNotInferred
        case .notMemberType: return .notMemberType
        case .protocolInGenericContext: return .protocolInGenericContext
        case .unknownAttribute: return .unknownAttribute
        case .functionTypeArgumentLabel: return .functionTypeArgumentLabel
        case .resultBuilderControlFlow: return .resultBuilderControlFlow
        case .operatorWithoutDeclaration: return .operatorWithoutDeclaration
        case .declaredInFailedCell: return .declaredInFailedCell
        case .genericRequirement: return .genericRequirement
        case .genericSuperclassRequirement: return .genericSuperclassRequirement
        case .genericSameTypeRequirement: return .genericSameTypeRequirement
        case .opaqueReturnMismatch: return .opaqueReturnMismatch
        case .opaqueResultWithoutReturns: return .opaqueResultWithoutReturns
        case .typeCannotConform: return .typeCannotConform
        case .typeHasNoMember: return .typeHasNoMember
        case .moduleHasNoMember: return .moduleHasNoMember
        case .valueHasNoMember: return .valueHasNoMember
        case .optionalMemberNeedsUnwrap: return .optionalMemberNeedsUnwrap
        case .cannotInferContextualBase: return .cannotInferContextualBase
        case .noSubscripts: return .noSubscripts
        case .tupleSubscript: return .tupleSubscript
        case .stringIntegerSubscript: return .stringIntegerSubscript
        case .subscriptArguments: return .subscriptArguments
        case .enumCaseNeedsValues: return .enumCaseNeedsValues
        case .enumCasePatternLength: return .enumCasePatternLength
        case .sequenceMethodRequires: return .sequenceMethodRequires
        case .getOnlyProperty: return .getOnlyProperty
        case .getOnlySubscript: return .getOnlySubscript
        case .getOnlyVariable: return .getOnlyVariable
        case .mutatingOperatorOnGetOnly: return .mutatingOperatorOnGetOnly
        case .mutatingMemberOnGetOnly: return .mutatingMemberOnGetOnly
        case .getOnlyPropertyThroughSubscript: return .getOnlyPropertyThroughSubscript
        case .assignThroughSubscriptOfConstant: return .assignThroughSubscriptOfConstant
        case .changeOfCallResult: return .changeOfCallResult
        case .stateChangeOfCopy: return .stateChangeOfCopy
        case .noAccessibleInitializers: return .noAccessibleInitializers
        case .classWithoutInitializers: return .classWithoutInitializers
        case .missingArgument: return .missingArgument
        case .incorrectArgumentLabels: return .incorrectArgumentLabels
        case .missingArgumentLabel: return .missingArgumentLabel
        case .extraneousArgumentLabel: return .extraneousArgumentLabel
        case .extraArgument: return .extraArgument
        case .argumentsToNoParameters: return .argumentsToNoParameters
        case .missingArgumentLabels: return .missingArgumentLabels
        case .extraneousArgumentLabels: return .extraneousArgumentLabels
        case .argumentOutOfOrder: return .argumentOutOfOrder
        case .noMatchingGlobalFunction: return .noMatchingGlobalFunction
        case .noMatchingSubscript: return .noMatchingSubscript
        case .noMatchingInstanceMethod: return .noMatchingInstanceMethod
        case .noMatchingInitializer: return .noMatchingInitializer
        case .noMatchingCall: return .noMatchingCall
        case .notAFunction: return .notAFunction
        case .optionalNotUnwrapped: return .optionalNotUnwrapped
        case .inoutNeedsAmpersand: return .inoutNeedsAmpersand
        case .ampersandOutsideArgument: return .ampersandOutsideArgument
        case .ampersandNonInoutArgument: return .ampersandNonInoutArgument
        case .closureArgumentCount: return .closureArgumentCount
        case .closureParameterNotInferred: return .closureParameterNotInferred
        case .keyPathRootNotInferred: return .keyPathRootNotInferred
        case .missingReturn: return .missingReturn
        case .conflictingGenericArguments: return .conflictingGenericArguments
        case .functionRequiresComparable: return .functionRequiresComparable
        case .argumentDoesNotConform: return .argumentDoesNotConform
        case .strideLabels: return .strideLabels
        case .strideBounds: return .strideBounds
        case .zipArguments: return .zipArguments
        case .compactMapNeedsOptional: return .compactMapNeedsOptional
        case .flatMapNeedsArray: return .flatMapNeedsArray
        case .flatMapNeedsOptional: return .flatMapNeedsOptional
        case .reduceIntoNeedsClosureLiteral: return .reduceIntoNeedsClosureLiteral
        case .reduceIntoClosureType: return .reduceIntoClosureType
        case .declaredClosureResult: return .declaredClosureResult
        case .characterSetNotWritten: return .characterSetNotWritten
        case .groupingNeedsArray: return .groupingNeedsArray
        case .uniqueKeysNeedsPairs: return .uniqueKeysNeedsPairs
        case .setSourceNotArray: return .setSourceNotArray
        case .argumentType: return .argumentType
        case .specifiedType: return .specifiedType
        case .conditionType: return .conditionType
        case .integerAsBoolean: return .integerAsBoolean
        case .optionalAsBoolean: return .optionalAsBoolean
        case .integerLiteralAsBoolean: return .integerLiteralAsBoolean
        case .coercionType: return .coercionType
        case .rawValueType: return .rawValueType
        case .dictionaryKeyType: return .dictionaryKeyType
        case .dictionaryValueType: return .dictionaryValueType
        case .elementType: return .elementType
        case .returnType: return .returnType
        case .closureResultType: return .closureResultType
        case .defaultArgumentType: return .defaultArgumentType
        case .assignmentType: return .assignmentType
        case .subscriptAssignmentType: return .subscriptAssignmentType
        case .patternType: return .patternType
        case .tuplePatternShape: return .tuplePatternShape
        case .tuplePatternOnNonTuple: return .tuplePatternOnNonTuple
        case .destructureCount: return .destructureCount
        case .nilForNonOptional: return .nilForNonOptional
        case .nilWithoutContext: return .nilWithoutContext
        case .nilLiteral: return .nilLiteral
        case .bindingNotOptional: return .bindingNotOptional
        case .ternaryMismatch: return .ternaryMismatch
        case .emptyCollectionLiteral: return .emptyCollectionLiteral
        case .heterogeneousCollectionLiteral: return .heterogeneousCollectionLiteral
        case .notASequence: return .notASequence
        case .typeNameAlone: return .typeNameAlone
        case .binaryOperatorSameTypes: return .binaryOperatorSameTypes
        case .identityOfValue: return .identityOfValue
        case .binaryOperatorTypes: return .binaryOperatorTypes
        case .unaryOperatorType: return .unaryOperatorType
        case .floatingRemainder: return .floatingRemainder
        case .unicodeScalarWithoutValue: return .unicodeScalarWithoutValue
        case .nilCoalescingNonOptional: return .nilCoalescingNonOptional
        case .oneSidedRangeContext: return .oneSidedRangeContext
        case .optionalChainOnNonOptional: return .optionalChainOnNonOptional
        case .forceUnwrapNonOptional: return .forceUnwrapNonOptional
        case .mutatingOperatorOnConstant: return .mutatingOperatorOnConstant
        case .assignToConstant: return .assignToConstant
        case .assignToItself: return .assignToItself
        case .assignToConstantProperty: return .assignToConstantProperty
        case .mutatingMemberOnConstant: return .mutatingMemberOnConstant
        case .inoutConstant: return .inoutConstant
        case .inoutArgumentsAlias: return .inoutArgumentsAlias
        case .overlappingAccess: return .overlappingAccess
        case .escapingClosureCapturesMutatingSelf: return .escapingClosureCapturesMutatingSelf
        case .escapingClosureCapturesInout: return .escapingClosureCapturesInout
        case .inoutImmutableValue: return .inoutImmutableValue
        case .assignToImmutableExpression: return .assignToImmutableExpression
        case .assignToFunction: return .assignToFunction
        case .assignToMethod: return .assignToMethod
        case .assignToCallResult: return .assignToCallResult
        case .continueOutsideLoop: return .continueOutsideLoop
        case .breakOutsideLoop: return .breakOutsideLoop
        case .guardFallsThrough: return .guardFallsThrough
        case .returnOutsideFunction: return .returnOutsideFunction
        case .missingReturnValue: return .missingReturnValue
        case .returnValueInVoidFunction: return .returnValueInVoidFunction
        case .switchNotExhaustive: return .switchNotExhaustive
        case .emptyCaseBody: return .emptyCaseBody
        case .overrideKeywordRequired: return .overrideKeywordRequired
        case .overridesFinal: return .overridesFinal
        case .overridesNothing: return .overridesNothing
        case .inheritsFromFinalClass: return .inheritsFromFinalClass
        case .requiredInitializerMissing: return .requiredInitializerMissing
        case .failableOverridesNonFailable: return .failableOverridesNonFailable
        case .nonFailableDelegatesToFailable: return .nonFailableDelegatesToFailable
        case .assignToLiteral: return .assignToLiteral
        case .inoutLiteral: return .inoutLiteral
        case .assignThroughForceUnwrap: return .assignThroughForceUnwrap
        case .loopPatternType: return .loopPatternType
        case .rawTypeNotSynthesized: return .rawTypeNotSynthesized
        case .extraSubscriptArgument: return .extraSubscriptArgument
        case .initializerRequirement: return .initializerRequirement
        case .immutableBindingChange: return .immutableBindingChange
        case .nestedBindingPattern: return .nestedBindingPattern
        case .nestedTuplePatternShape: return .nestedTuplePatternShape
        case .callNotMarkedTry: return .callNotMarkedTry
        case .errorNotHandled: return .errorNotHandled
        case .notAnError: return .notAnError
        case .thrownTypeMismatch: return .thrownTypeMismatch
        case .thrownTypeNotError: return .thrownTypeNotError
        case .floatLiteralConversion: return .floatLiteralConversion
        case .doThrowsWithoutCatch: return .doThrowsWithoutCatch
        case .branchesMismatch: return .branchesMismatch
        case .exitFromDefer: return .exitFromDefer
        case .throwFromDefer: return .throwFromDefer
        case .throwingToNonThrowing: return .throwingToNonThrowing
        case .noMatchingFunction: return .noMatchingFunction
        case .rethrowsWithoutThrowingParameter: return .rethrowsWithoutThrowingParameter
        case .rethrowingFunctionThrows: return .rethrowingFunctionThrows
        case .trailingClosureNotFunction: return .trailingClosureNotFunction
        }
    }
}
