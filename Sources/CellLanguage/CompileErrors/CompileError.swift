import Diagnostics

/// Every mistake the cell language reports before a cell runs: one case per kind, with the values its message
/// names. The messages (`message`, in the `CompileError+…Messages` files) are swiftc's where swiftc has one.
enum CompileError: Hashable, Sendable {
    // MARK: Syntax the cell language does not take (Lowering)

    /// `'actor' is not supported in nbrun cells`: a construct outside the supported subset, one row of the declared
    /// table `RefusedConstruct` (made with `CompileError.unsupported(_:_:)`).
    case notSupported(Refusal)
    /// `string interpolation takes exactly one unlabelled expression in nbrun cells`.
    case interpolationArguments
    /// `'if' must have an unconditional 'else' to be used as expression` (at the chain's first `if`).
    case ifExpressionWithoutElse
    /// A pattern after `if let` that is neither a name, `_` nor a tuple, in swiftc's words: `pattern matching in a
    /// condition requires the 'case' keyword` (`if let .some(x) = y`, at the `let`), `… implicitly unwraps
    /// optionals` (`if let x? = y`, at the pattern).
    case conditionBindingNotSimpleName(unwrapsOptional: Bool)
    /// `only simple names are supported for properties`.
    case propertyNameNotSimple
    /// `computed property must have an explicit type`.
    case computedPropertyNeedsType
    /// A declaration without its body, in swiftc's words: `expected '{' in body of function declaration` (at the
    /// name), `initializer requires a body`, `expected '{' to start getter definition` (`of`: "function",
    /// "initializer", or the accessor: "getter", "setter", …).
    case functionWithoutBody(of: String = "function")
    /// `'mutating' is not valid on instance methods in classes`.
    case mutatingInClass
    /// `enum 'case' is not allowed outside of an enum`.
    case enumCaseOutsideEnum
    /// `integer literal '…' overflows when stored into 'Int'`, with the literal's text and the type's name
    /// (`negative integer '-1' overflows when stored into unsigned type 'UInt8'` for a negative one).
    case integerLiteralOverflow(String, type: String = "Int")
    /// `invalid unicode scalar` (swiftc's words; the payload is the hexadecimal digits found).
    case invalidUnicodeScalar(String)
    /// `invalid escape sequence in literal`.
    case invalidEscapeSequence
    /// `anonymous closure argument not contained in a closure`.
    case anonymousArgumentOutsideClosure
    /// `anonymous closure arguments cannot be used inside a closure that has explicit arguments`.
    case anonymousArgumentWithExplicitParameters(suggestion: String?)
    /// `a parameter following a variadic parameter requires a label`.
    case unlabelledAfterVariadic
    /// `square brackets are nested more than 12 levels deep`, with the limit.
    case bracketsTooDeep(limit: Int)
    /// `'=' must have consistent whitespace on both sides` (an invisible character next to `=`).
    case equalsWhitespace
    /// `'let' declarations cannot be computed properties`.
    case letComputedProperty
    /// `'lazy' cannot be used on a let`.
    case lazyOnLet
    /// `'public' modifier cannot be used in protocols` (an access modifier on a requirement).
    case modifierInProtocol(String)
    /// `hexadecimal floating point literal must end with an exponent` (`0x1.5`).
    case hexFloatWithoutExponent
    /// `#available(…)`/`#unavailable(…)` arguments swiftc refuses (`must handle potential future platforms with '*'`, …).
    case invalidAvailability(AvailabilityMistake)

    // MARK: Names and declarations

    /// `cannot find 'x' in scope`, with a did-you-mean note when a name is close.
    case cannotFindInScope(String, suggestion: String?)
    /// `cannot find type 'T' in scope`, with a did-you-mean note when a type name is close.
    case cannotFindTypeInScope(String, suggestion: String?)
    /// `cannot find label 'outer' in scope`.
    case cannotFindLabel(String)
    /// `ambiguous use of 'f'`.
    case ambiguousUse(String)
    /// `invalid redeclaration of 'x'`.
    case invalidRedeclaration(String)
    /// `operator '+' cannot be used as a value here`.
    case operatorAsValue(String)
    /// `types can only be declared at the top level of a cell`.
    case typesOnlyAtTopLevel
    /// `enums must not contain stored properties`.
    case enumStoredProperty
    /// `type annotation missing in pattern`.
    case typeAnnotationMissing
    /// `non-member observing properties require an initializer` (`var x: Int { didSet { … } }` outside a type).
    case observingVariableWithoutInitializer
    /// `'weak' may only be applied to class and class-bound protocol types, not 'Int'` (a property or a capture).
    case ownershipOfNonClass(String, CType)
    /// `operator '+' declared in type 'V' must be 'static'`.
    case operatorNotStatic(String, type: String)
    /// `raw value for enum case must be a literal`.
    case rawValueNotLiteral
    /// `enum case must declare a raw value when the preceding raw value is not an integer`.
    case rawValueNotInferred
    /// `enum case cannot have a raw value if the enum does not have a raw type`.
    case rawValueWithoutRawType
    /// `'static var' declaration requires an initializer expression or an explicitly stated getter` (or `'static let'`).
    case staticPropertyWithoutValue(isLet: Bool)
    /// `static stored properties not supported in generic types` (a generic type's, or an extension's of one).
    case staticStoredInGenericType
    /// `type 'P' does not conform to protocol 'CustomStringConvertible'`, with a note on what to add.
    case notCustomStringConvertible(String)
    /// `type 'T' does not conform to protocol 'Comparable'` (declared `Comparable` without `<`).
    case notComparable(String)
    /// `type 'T' does not conform to protocol 'Hashable'`.
    case notHashable(CType)
    /// `generic struct 'Set' requires that 'T' conform to 'Hashable'`.
    case genericStructRequires(String, element: CType, protocolName: String)
    /// `compiling this cell took longer than its time limit (60 s); …`, with the limit in seconds.
    case compileTimeLimit(seconds: Double)
    /// `too many top-level variables in this notebook (limit …)`.
    case tooManyGlobals(limit: Int)
    /// `internal error: nbrun cannot generate this code, which the type checker accepted; …`: what the generator
    /// meets when the front end (parse, lowering, type checker, checks) reported nothing, an nbrun bug. In a cell
    /// with front-end errors the generator's reports are never shown (`Interpreter.addCompilerDiagnostics`).
    case cannotGenerate
    /// `constant 'x' used before being initialized` (or variable, or passed by reference).
    case usedBeforeInitialized(String, isLet: Bool, byReference: Bool)
    /// `immutable value 'x' may only be initialized once`.
    case initializedTwice(String)
    /// An initializer that uses `self` or returns before setting every stored property (`InitializerCoverageMistake`).
    case initializerCoverage(InitializerCoverageMistake)
    /// `overriding declaration requires an 'override' keyword`.
    case overrideKeywordRequired
    /// `instance method overrides a 'final' instance method` (or property), with the member's kind.
    case overridesFinal(String)
    /// `method does not override any method from its superclass` (or property, or initializer), with the kind.
    case overridesNothing(String)
    /// `inheritance from a final class 'F'`.
    case inheritsFromFinalClass(String)
    /// `'required' initializer 'init(i:)' must be provided by subclass of 'C'`.
    case requiredInitializerMissing(String, superclass: String)
    /// `failable initializer 'init()' cannot override a non-failable initializer`.
    case failableOverridesNonFailable(String)
    /// `a non-failable initializer cannot delegate to failable initializer 'init(x:)' written with 'init?'`.
    case nonFailableDelegatesToFailable(String)
    /// `type 'T' does not conform to protocol 'P'` (a requirement of a cell-declared protocol is missing).
    case doesNotConform(String, protocolName: String)
    /// `extensions must not contain stored properties`.
    case extensionStoredProperty
    /// `cannot reference 'mutating' method as function value` (`let f = counter.bump`).
    case mutatingMethodReference
    /// `global function 'f' requires that 'T' conform to 'P'` (a generic function's constraint, at the call).
    case genericRequirement(String, type: CType, protocolName: String)
    /// `initializer requirement 'init(s:)' can only be satisfied by a 'required' initializer in non-final class 'C'`.
    case initializerRequirementNeedsRequired(String, className: String)
    /// `cannot assign to property: 'n' setter is inaccessible` (a `private(set)` property, from outside its type).
    case setterInaccessible(String, compound: Bool)
    /// `function must be declared private or fileprivate because its result uses a private type`.
    case signatureUsesRestrictedType(role: String, access: String)
    /// `global function 'f' requires that 'Int' inherit from 'K'` (a generic function's class constraint, at the call).
    case genericSuperclassRequirement(String, type: CType, className: String)
    /// `global function 'f' requires the types 'Int' and 'String' be equivalent` (a same-type requirement, at the call).
    case genericSameTypeRequirement(String, CType, CType)
    /// `function declares an opaque return type 'some Shape', but the return statements in its body do not have
    /// matching underlying types`.
    case opaqueReturnMismatch(String)
    /// `function declares an opaque return type, but has no return statements in its body from which to infer an
    /// underlying type` (a `some Collection` result, at the function's name).
    case opaqueResultWithoutReturns
    /// `type '()' cannot conform to 'Collection'` (a `some Collection` result whose body gives `()`, at the value).
    case typeCannotConform(CType, protocolName: String)
    /// `non-failable initializer requirement 'init(i:)' cannot be satisfied by a failable initializer ('init?')`.
    case failableWitnessForNonFailableRequirement(String)
    /// `initializer 'init(textx:)' has different argument labels from those required by protocol 'P' ('init(text:)')`
    /// (the witness, its role and full name; the protocol; the requirement's full name), at the witness.
    case witnessLabelMismatch(String, protocolName: String, required: String)
    /// `'init(wrappedValue:)' parameter type ('String') must be the same as its 'wrappedValue' property type ('Int') or
    /// an '@autoclosure' thereof` (a property wrapper's initializer, at the initializer).
    case wrappedValueInitializerType(CType, property: CType)
    /// `result builder must provide at least one static 'buildBlock' method, or both 'buildPartialBlock(first:)' and
    /// 'buildPartialBlock(accumulated:next:)'` (at the builder type's name).
    case resultBuilderWithoutBlock
    /// `non-class type 'S' cannot conform to class protocol 'P'`.
    case nonClassConformsToClassProtocol(String, protocolName: String)
    /// `cannot override mutable property with read-only property 'y'` (`'subscript'` for a subscript).
    case readOnlyOverridesMutable(String)
    /// `property 'x' with type 'Double' cannot override a property with type 'Int'` (at the overriding property).
    case overrideTypeMismatch(String, CType, inherited: CType)
    /// `cannot observe read-only property 'r'; it can't change`.
    case observesReadOnly(String)
    /// `struct 'W' cannot be used as an attribute` (a property wrapper's type without `@propertyWrapper`).
    case notAnAttribute(String, kind: String)
    /// `use of 'max' refers to instance method rather than global function 'max' in module 'Swift'`.
    case instanceMethodShadowsGlobal(String)
    /// `property wrappers are not yet supported in top-level code`.
    case topLevelPropertyWrapper
    /// `property wrapper type 'W' does not contain a non-static property named 'wrappedValue'`.
    case wrapperWithoutWrappedValue(String)
    /// `generic parameter 'U' could not be inferred`.
    case genericParameterNotInferred(String)
    /// `'Element' is not a member type of type 'S'` (`S.Element` of a type parameter without that associated type).
    case notMemberType(String, of: String)
    /// `protocol 'Delegate' cannot be nested in a generic context` (a protocol declared inside a generic type).
    case protocolInGenericContext(String)
    /// `unknown attribute 'Nope'` (an attribute naming no type).
    case unknownAttribute(String)
    /// `function types cannot have argument labels; use '_' before 'x'` (`let f: (x: Int) -> Int`), at the label.
    case functionTypeArgumentLabel(String)
    /// `closure containing control flow statement cannot be used with result builder 'B'` (an `if` without
    /// `buildOptional`/`buildEither`, a `for` without `buildArray`, a `while`, a `guard`…).
    case resultBuilderControlFlow(String)
    /// `operator implementation without matching operator declaration` (`static func +++` with no `infix operator +++`).
    case operatorWithoutDeclaration
    /// `'losses' is not available: the cell that declares it (line 4) did not compile` (a name declared by a cell
    /// that failed to compile, used in a later cell; see `FailedCells`).
    case declaredInFailedCell(String, line: Int)

    // MARK: Members and subscripts

    /// `type 'Point' has no member 'origin'`, with a did-you-mean note when a member is close.
    case typeHasNoMember(String, member: String, suggestion: String? = nil)
    /// `module 'Swift' has no member named 'minx'` (`Swift.minx(a, b)`).
    case moduleHasNoMember(String, member: String)
    /// `value of type '[Int]' has no member 'cout'` (`value of tuple type …` for tuples), with a did-you-mean note.
    case valueHasNoMember(CType, member: String, suggestion: String? = nil)
    /// `value of optional type 'T?' must be unwrapped to refer to member 'm' of wrapped base type 'T'`.
    case optionalMemberNeedsUnwrap(CType, member: String)
    /// `cannot infer contextual base in reference to member 'red'`.
    case cannotInferContextualBase(String, chained: Bool)
    /// `value of type 'Int' has no subscripts`.
    case noSubscripts(CType)
    /// `cannot access element using subscript for tuple type '(Int, Int)'; did you mean to use '.0'?` (an integer
    /// literal index within the tuple), `…; use '.' notation instead` (any other index).
    case tupleSubscript(CType, index: Int?)
    /// `s[0]`: strings are indexed by `String.Index` (swiftc's "unavailable" error).
    case stringIntegerSubscript
    /// The index arguments of a built-in subscript, in swiftc's words (`extraneous argument label 'i:' in subscript`).
    case subscriptArguments(SubscriptArgumentMistake)
    /// `enum case 'c' has associated values; use 'c(…)'`.
    case enumCaseNeedsValues(String)
    /// `tuple pattern has the wrong length for tuple type '(Int, Int)'`: a case pattern's payload of another length.
    case enumCasePatternLength(CType)
    /// `referencing instance method 'sorted()' on 'Sequence' requires that 'T' conform to 'Comparable'`.
    case sequenceMethodRequires(method: String, element: CType, protocolName: String, owner: String = "Sequence")
    /// `cannot assign to property: 'count' is a get-only property`.
    case getOnlyProperty(String)
    /// `'T' cannot be constructed because it has no accessible initializers`.
    case noAccessibleInitializers(String)
    /// `class 'C' has no initializers`, with a note naming the stored property without a value.
    case classWithoutInitializers(String, property: String)
    /// `cannot assign through subscript: subscript is get-only` (`left side of mutating operator isn't mutable:
    /// subscript is get-only` for a compound assignment).
    case getOnlySubscript(mutatingOperator: Bool = false)
    /// `cannot assign to value: 'a' is a get-only property` (a computed variable without `set`).
    case getOnlyVariable(String)
    /// `left side of mutating operator isn't mutable: 'x' is a get-only property`.
    case mutatingOperatorOnGetOnly(String)
    /// `cannot use mutating member on immutable value: 'T' is a get-only property` (a native method that changes its
    /// receiver, called on a copy that cannot be written back).
    case mutatingMemberOnGetOnly(String)
    /// `cannot assign through subscript: 'scalars' is a get-only property` (a subscript store through a get-only
    /// property of a native type that returns a copy).
    case getOnlyPropertyThroughSubscript(String)
    /// `cannot assign through subscript: function call returns immutable value` (also `cannot assign to property: …`,
    /// `cannot use mutating member on immutable value: …`, `left side of mutating operator isn't mutable: …`,
    /// `cannot assign to value: …`; `'f' returns …`, `binary operator returns …`): a change of a function's, method's
    /// or operator's result, which nothing holds (`f()[0] = 1`, `(a + b) = 1`, a native method's new result).
    case changeOfCallResult(access: String, source: String = "function call")
    /// `cannot use 'zeroGrad' on a copy: a subscript of 'Tensor' returns a copy, not a view, so the change would be
    /// lost`: a change of state that a copy's write-back does not carry (a tensor's gradient), made on a copy.
    case stateChangeOfCopy(change: String, access: String)
    /// `cannot assign through subscript: 'xs' is a 'let' constant`: an element of a `let` array or dictionary (or of
    /// one inside a `let` struct) assigned.
    case assignThroughSubscriptOfConstant(String)

    // MARK: Calls

    /// `missing argument for parameter 'x' in call` (`#2` for an unlabelled parameter).
    case missingArgument(label: String?, position: Int)
    /// `incorrect argument label in call (have 'y:', expected 'x:')` (`labels` for several arguments).
    case incorrectArgumentLabels(have: [String?], expected: [String?])
    /// `missing argument label 'x:' in call`.
    case missingArgumentLabel(String, inSubscript: Bool = false)
    /// `extraneous argument label 'x:' in call`.
    case extraneousArgumentLabel(String)
    /// `missing argument labels 'x:y:' in call` (several arguments written without their labels).
    case missingArgumentLabels([String])
    /// `extraneous argument labels 'x:y:' in call` (several arguments labelled where the parameters have none).
    case extraneousArgumentLabels([String])
    /// `argument 'a' must precede argument 'b'` (`unnamed argument #2` for an unlabelled one): an argument written
    /// after one that belongs after it.
    case argumentOutOfOrder(label: String?, position: Int, before: String?, beforePosition: Int)
    /// `extra argument 'y' in call`, or `extra argument in call` for an unlabelled one.
    case extraArgument(String?)
    /// `argument passed to call that takes no arguments` (`subscript` for a subscript's).
    case argumentsToNoParameters(inSubscript: Bool)
    /// `no exact matches in call to global function 'f'`.
    case noMatchingGlobalFunction(String)
    /// `no exact matches in call to subscript` (of a declared type, none of whose subscripts takes the arguments).
    case noMatchingSubscript
    /// `no exact matches in call to instance method 'm'`, with a note for each candidate (`sorted(by:)`).
    case noMatchingInstanceMethod(String, candidates: [String] = [])
    /// `no exact matches in call to initializer` (swiftc's words, which name no type).
    case noMatchingInitializer
    /// `no exact matches in call to 'f'` (a native function).
    case noMatchingCall(String)
    /// `cannot call value of non-function type 'Int'`.
    case notAFunction(CType)
    /// `value of optional type 'Int?' must be unwrapped to a value of type 'Int'`.
    case optionalNotUnwrapped(CType, wrapped: CType)
    /// `passing value of type 'Int' to an inout parameter requires explicit '&'`.
    case inoutNeedsAmpersand(CType)
    /// `'&' may only be used to pass an argument to an inout parameter`.
    case ampersandOutsideArgument
    /// `'&' used with non-inout argument of type 'Int'` (`f(&v)` where `f` takes an `Int`).
    case ampersandNonInoutArgument(CType)
    /// `contextual closure type '(Int) -> Int' expects 1 argument, but 2 were used in closure body`; with none used,
    /// `contextual type for closure argument list expects 1 argument, which cannot be implicitly ignored`.
    case closureArgumentCount(String, expected: Int, used: Int)
    /// `unable to infer type of a closure parameter 'x' in the current context`.
    case closureParameterNotInferred(String)
    /// `cannot infer key path type from context; consider explicitly specifying a root type` (`let k = \.count`).
    case keyPathRootNotInferred
    /// `missing return in global function expected to return 'Int'` (or another kind of function).
    case missingReturn(FunctionRole, CType)
    /// `conflicting arguments to generic parameter 'T' ('Int' vs. 'String')`.
    case conflictingGenericArguments(CType, CType, parameter: String = "T")
    /// `global function 'max' requires that 'T' conform to 'Comparable'`.
    case functionRequiresComparable(String, CType)
    /// `argument type 'T' does not conform to expected type 'Sequence'`.
    case argumentDoesNotConform(CType, protocolName: String)
    /// `stride takes (from:to:by:) or (from:through:by:)`.
    case strideLabels
    /// `stride requires Int or Double bounds`.
    case strideBounds
    /// `zip takes two unlabelled sequences`.
    case zipArguments
    /// `compactMap needs a closure returning an optional, not 'Int'`.
    case compactMapNeedsOptional(CType)
    /// `flatMap needs a closure returning an array, not 'Int'`.
    case flatMapNeedsArray(CType)
    /// `flatMap needs a closure returning an optional, not 'Int'` (on an optional).
    case flatMapNeedsOptional(CType)
    /// `reduce(into:_:) needs a closure literal in nbrun cells`.
    case reduceIntoNeedsClosureLiteral
    /// `cannot convert value of type '…' to expected argument type '(inout R, E) throws -> ()'` for `reduce(into:_:)`.
    case reduceIntoClosureType(CType, result: CType, element: CType)
    /// `a character set is written at the call in nbrun cells: …` (a set held in a variable, or an unknown one).
    case characterSetNotWritten
    /// `Dictionary(grouping:by:) needs an array or a set, not 'Int'`.
    case groupingNeedsArray(CType)
    /// `Dictionary(uniqueKeysWithValues:) needs an array of (key, value) pairs, not 'Int'`.
    case uniqueKeysNeedsPairs(CType)
    /// `cannot build a Set from a value of type 'Int'`.
    case setSourceNotArray(CType)
    /// `declared closure result 'Int' is incompatible with contextual type '()'` (a `reduce(into:)` closure
    /// declared with a result).
    case declaredClosureResult(CType, contextual: CType)

    // MARK: Conversions

    /// `cannot convert value of type 'String' to expected argument type 'Int'`.
    case argumentType(CType, expected: CType)
    /// `cannot convert value of type 'String' to specified type 'Int'`.
    case specifiedType(CType, specified: CType)
    /// `cannot convert value of type 'String' to expected condition type 'Bool'`.
    case conditionType(CType)
    /// `type 'UInt8' cannot be used as a boolean; test for '!= 0' instead` (an integer condition).
    case integerAsBoolean(CType)
    /// `optional type 'Int?' cannot be used as a boolean; test for '!= nil' instead` (an optional condition).
    case optionalAsBoolean(CType)
    /// `integer literal value '1' cannot be used as a boolean; did you mean 'true'?` (0 or 1 as a condition).
    case integerLiteralAsBoolean(Int)
    /// `cannot convert value of type 'Int' to type 'String' in coercion`.
    case coercionType(CType, target: CType)
    /// `cannot convert value of type 'String' to raw type 'Int'`.
    case rawValueType(CType, rawType: CType)
    /// `cannot convert value of type 'Int' to expected dictionary key type 'String'`.
    case dictionaryKeyType(CType, expected: CType)
    /// `cannot convert value of type 'Int' to expected dictionary value type 'String'`.
    case dictionaryValueType(CType, expected: CType)
    /// `cannot convert value of type 'String' to expected element type 'Int'`.
    case elementType(CType, expected: CType)
    /// `cannot convert return expression of type 'String' to return type 'Int'`.
    case returnType(CType, expected: CType)
    /// `cannot convert value of type 'String' to closure result type 'Int'`.
    case closureResultType(CType, expected: CType)
    /// `default argument value of type 'String' cannot be converted to type 'Int'`.
    case defaultArgumentType(CType, expected: CType)
    /// `cannot assign value of type 'String' to type 'Int'`.
    case assignmentType(CType, target: CType)
    /// `cannot assign value of type 'String' to subscript of type 'Int'`.
    case subscriptAssignmentType(CType, element: CType)
    /// `expression pattern of type 'String' cannot match values of type 'Int'`.
    case patternType(CType, subject: CType)
    /// `cannot convert value of type 'Int' to specified type '(_, _)'` (a tuple pattern in a condition).
    case tuplePatternShape(CType, elements: Int)
    /// `tuple pattern cannot match values of the non-tuple type 'Int'`.
    case tuplePatternOnNonTuple(CType, inLoop: Bool = false)
    /// `cannot destructure value of type 'Int' into 2 elements`.
    case destructureCount(CType, elements: Int)
    /// `'nil' cannot initialize specified type 'Int'`.
    case nilForNonOptional(CType)
    /// `'nil' requires a contextual type`.
    case nilWithoutContext
    /// `'nil' is not compatible with expected argument type 'Int'` and the other places of a `nil` literal where a
    /// non-optional type is expected.
    case nilLiteral(NilLiteralMistake, CType)
    /// `initializer for conditional binding must have Optional type, not 'Int'`.
    case bindingNotOptional(CType)
    /// `result values in '? :' expression have mismatching types 'Int' and 'String'`.
    case ternaryMismatch(CType, CType)
    /// `empty collection literal requires an explicit type`.
    case emptyCollectionLiteral
    /// `heterogeneous collection literal could only be inferred to '[Any?]'; add explicit type annotation if this is
    /// intentional` (a literal of `nil`s only, without a contextual type).
    case heterogeneousCollectionLiteral(String)
    /// `for-in loop requires 'Int' to conform to 'Sequence'`.
    case notASequence(CType)
    /// `expected member name or initializer call after type name`.
    case typeNameAlone

    // MARK: Operators and mutation

    /// `binary operator '-' cannot be applied to two 'String' operands`.
    case binaryOperatorSameTypes(String, CType)
    /// `argument type 'S' expected to be an instance of a class or class-constrained type` (an operand of `===`).
    case identityOfValue(CType)
    /// `binary operator '+' cannot be applied to operands of type 'Int' and 'String'`.
    case binaryOperatorTypes(String, CType, CType)
    /// `unary operator '-' cannot be applied to an operand of type 'String'`.
    case unaryOperatorType(String, CType)
    /// `'%' is unavailable: For floating point numbers use truncatingRemainder instead`.
    case floatingRemainder
    /// `'init()' is unavailable: use 'Unicode.Scalar(0)'` (`UnicodeScalar()`).
    case unicodeScalarWithoutValue
    /// `left side of nil coalescing operator '??' has non-optional type 'Int', so the right side is never used`.
    case nilCoalescingNonOptional(CType)
    /// `one-sided ranges are supported as array subscripts and case patterns only in nbrun cells`.
    case oneSidedRangeContext
    /// `cannot use optional chaining on non-optional value of type 'Int'`.
    case optionalChainOnNonOptional(CType)
    /// `cannot force unwrap value of non-optional type 'Int'`.
    case forceUnwrapNonOptional(CType)
    /// `left side of mutating operator isn't mutable: 'x' is a 'let' constant` (`cannot pass immutable value to
    /// mutating operator: …` for the operand of a prefix or postfix operator function with an `inout` operand).
    case mutatingOperatorOnConstant(String, unary: Bool = false)
    /// `cannot assign to value: 'x' is a 'let' constant`.
    case assignToConstant(String)
    /// `cannot assign to property: 'x' is a 'let' constant`.
    case assignToConstantProperty(String)
    /// `assigning a property to itself` (`self.x = x` where `x` names the property), `assigning a variable to itself`.
    case assignToItself(property: Bool)
    /// `cannot use mutating member on immutable value: 'x' is a 'let' constant`.
    case mutatingMemberOnConstant(String)
    /// `cannot pass immutable value as inout argument: 'x' is a 'let' constant`.
    case inoutConstant(String)
    /// `inout arguments are not allowed to alias each other`.
    case inoutArgumentsAlias
    /// `overlapping accesses to 'p.x', but modification requires exclusive access; consider copying to a local variable`.
    case overlappingAccess(String)
    /// `escaping closure captures mutating 'self' parameter`.
    case escapingClosureCapturesMutatingSelf
    /// `escaping closure captures 'inout' parameter 'x'`.
    case escapingClosureCapturesInout(String)
    /// `cannot pass immutable value of type 'Int?' as inout argument`.
    case inoutImmutableValue(CType)
    /// `cannot assign to immutable expression of type 'Int?'`.
    case assignToImmutableExpression(CType)
    /// `cannot assign to value: 'f' is a function`.
    case assignToFunction(String)
    /// `cannot assign to value: 'xLimits' is a method`.
    case assignToMethod(String)
    /// `cannot assign to value: function call returns immutable value`.
    case assignToCallResult(function: String?)
    /// `cannot assign to value: literals are not mutable` (`1 = 2`).
    case assignToLiteral
    /// `cannot pass immutable value as inout argument: literals are not mutable` (`f(seed: 1)`, `f(seed: &1)`).
    case inoutLiteral
    /// `cannot assign through '!': 'first' is a get-only property` (`xs.first! = 2`).
    case assignThroughForceUnwrap(String)
    /// `pattern cannot match values of type '(Int, Int)'` (`for (a, b, c) in [(1, 2)]`).
    case loopPatternType(CType)
    /// `'E' declares raw type 'Int', but does not conform to RawRepresentable and conformance could not be synthesized`.
    case rawTypeNotSynthesized(String, rawType: CType)
    /// `extra argument in subscript` (`xs[0, 1]`).
    case extraSubscriptArgument
    /// `initializer 'init(_:radix:)' requires that 'Int' conform to 'StringProtocol'` (`Int(1, 2, 3)`).
    case initializerRequirement(String, type: String, protocolName: String)
    /// `cannot assign to value: 'c' is an immutable capture` (`access` is the change: `cannot assign to value`,
    /// `left side of mutating operator isn't mutable`, …): a change of a capture list's entry (`{ [c] in c = 2 }`),
    /// or `… 'x' is immutable` of a `switch` case's or a `catch` clause's binding or of a closure's `$0`.
    case immutableBindingChange(access: String, name: String, capture: Bool)
    /// `'var' cannot appear nested inside another 'var' or 'let' pattern` (`for case let (a, var b) in pairs`).
    case nestedBindingPattern(String)
    /// `cannot convert value of type '(Int, (Int, Int))' to specified type '(Int, (_, _, _))'`: a condition's tuple
    /// pattern with a nested tuple of another length, swiftc naming the whole value's type and pattern.
    case nestedTuplePatternShape(CType, shape: String)

    // MARK: Statements

    /// `'continue' is only allowed inside a loop`.
    case continueOutsideLoop
    /// `'break' is only allowed inside a loop, if, do, or switch`.
    case breakOutsideLoop(insideIfOrDo: Bool)
    /// `'guard' body must not fall through, consider using a 'return' or 'throw' to exit the scope`.
    case guardFallsThrough
    /// `return invalid outside of a func`.
    case returnOutsideFunction
    /// `non-void function should return a value`.
    case missingReturnValue
    /// `unexpected non-void return value in void function`.
    case returnValueInVoidFunction
    /// `switch must be exhaustive`, with swiftc 6's notes: a case to add for each value of a Boolean, an optional or an
    /// enumeration no case covers (`add missing case: '.b'`, and `add missing cases` for several), else a default
    /// clause to add (`missing` empty).
    case switchNotExhaustive(missing: [String] = [])
    /// `'case' label in a 'switch' must have at least one executable statement` (or `'default'`).
    case emptyCaseBody(isDefault: Bool)
    /// `call can throw but is not marked with 'try'` (`…, but it is not marked with 'try' and the error is not
    /// handled` where nothing handles it either).
    case callNotMarkedTry(handled: Bool)
    /// `errors thrown from here are not handled` (at a `try`; `error is not handled because the enclosing function
    /// is not declared 'throws'` at a `throw`), or `… because the enclosing catch is not exhaustive`.
    case errorNotHandled(isThrow: Bool, catchNotExhaustive: Bool)
    /// `thrown expression type 'Int' does not conform to 'Error'`.
    case notAnError(CType)
    /// `thrown expression type 'F' cannot be converted to error type 'E'` (a `throw` or a throwing call in a body
    /// declared `throws(E)`, `any Error` for an untyped error).
    case thrownTypeMismatch(CType, errorType: CType)
    /// `thrown type 'Int' does not conform to the 'Error' protocol` (`throws(Int)`).
    case thrownTypeNotError(CType)
    /// `invalid conversion: '9.3e18' overflows 'Int?'` (`Int(exactly: 9.3e18)`), or `negative literal '-1.5' cannot be
    /// converted to 'UInt8'`: a floating-point literal an integer type cannot hold.
    case floatLiteralConversion(String, type: CType, negative: Bool)
    /// `a 'do' statement with a 'throws' clause must have at least one 'catch'`.
    case doThrowsWithoutCatch
    /// `branches have mismatching types 'Double' and 'Int'` (an `if` or `switch` expression, each branch typed alone).
    case branchesMismatch(CType, CType)
    /// `'return' cannot transfer control out of a defer statement` (or `'break'`, `'continue'`).
    case exitFromDefer(String)
    /// `errors cannot be thrown out of a defer body` (`call can throw, but errors cannot be thrown out of a defer body`).
    case throwFromDefer(isCall: Bool)
    /// `invalid conversion from throwing function of type '() throws -> Int' to non-throwing function type '() -> Int'`.
    case throwingToNonThrowing(CType, CType)
    /// `no exact matches in call to static method 's'` (or `local function`).
    case noMatchingFunction(String, role: String)
    /// `'rethrows' function must take a throwing function argument`.
    case rethrowsWithoutThrowingParameter
    /// `a function declared 'rethrows' may only throw if its parameter does` (at a `throw`; at a call: `call can
    /// throw, but the error is not handled; …`, or `call can throw, but it is not marked with 'try' and the error is
    /// not handled; …` without `try`).
    case rethrowingFunctionThrows(isCall: Bool, marked: Bool = true)
    /// `trailing closure passed to parameter of type 'Int' that does not accept a closure`.
    case trailingClosureNotFunction(CType?)

    /// The kind of function named by `missingReturn`, as swiftc words it.
    enum FunctionRole: String, Hashable, Sendable, CaseIterable {
        case globalFunction = "global function", localFunction = "local function", getter,
             instanceMethod = "instance method", staticMethod = "static method", closure
    }

    /// The error as a diagnostic at `location`.
    func diagnostic(at location: SourceLocation?) -> Diagnostic {
        .error(message, at: location, notes: notes)
    }

    /// The notes printed after the message: did-you-mean suggestions, candidates, or a fixed hint.
    var notes: [String] {
        switch self {
        case .cannotFindInScope(_, let suggestion), .cannotFindTypeInScope(_, let suggestion),
             .typeHasNoMember(_, _, let suggestion), .valueHasNoMember(_, _, let suggestion):
            return suggestion.map { ["did you mean '\($0)'?"] } ?? []
        case .noMatchingInstanceMethod(_, let candidates): return candidates.map { "found candidate '\($0)'" }
        case .bracketsTooDeep: return ["split the expression with intermediate 'let' constants"]
        case .equalsWhitespace: return ["remove the invisible character next to '='"]
        case .notCustomStringConvertible: return ["add 'var description: String { … }'"]
        case .initializerCoverage(let mistake): return mistake.notes
        case .classWithoutInitializers(_, let property):
            return ["stored property '\(property)' without initial value prevents synthesized initializers"]
        case .switchNotExhaustive(let missing) where !missing.isEmpty:
            return missing.map { "add missing case: '\($0)'" } + (missing.count > 1 ? ["add missing cases"] : [])
        case .switchNotExhaustive: return ["add a default clause"]
        case .stringIntegerSubscript: return ["use 's.index(s.startIndex, offsetBy: n)' for a String.Index, or index 'Array(s)'"]
        default: return []
        }
    }

    /// The message, without position or severity.
    var message: String {
        // Each category renders its own cases (see the `CompileError+…Messages` files); every case is in one.
        if let text = syntaxMessage ?? declarationMessage ?? memberMessage ?? callMessage ?? conversionMessage
            ?? operatorMessage {
            return text
        }
        assertionFailure("CompileError.\(kind) has no message")
        return kind.rawValue
    }
}

fileprivate extension DefaultStringInterpolation {
    /// A type in a message, as swiftc spells it (`any P` for an existential: `CType.spelledInMessages`).
    mutating func appendInterpolation(_ type: CType) { appendLiteral(type.spelledInMessages) }
}

extension Diagnostic {
    /// Whether this is the generator's report of code it cannot build (`CompileError.cannotGenerate`).
    var isCannotGenerate: Bool { message == CompileError.cannotGenerate.message }
}
