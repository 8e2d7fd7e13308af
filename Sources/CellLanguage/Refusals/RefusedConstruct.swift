/// A construct nbrun cells refuse: the declared table behind every `… is not supported in nbrun cells` message.
/// Each site that refuses something names one case (`CompileError.unsupported(_:_:)`); the case's row
/// (`RefusedConstruct+Rows…`) holds its message, why it is refused and a cell that shows it, and docs/language.md's
/// "What is refused" is generated from the rows (`RefusedConstructReference`), each example run as a test.
enum RefusedConstruct: String, CaseIterable, Hashable, Sendable {
    // MARK: Excluded from the cell language: concurrency, macros, ownership, Objective-C
    case effectAsync, await, actor, macro, consume, copy, typeSpecifier, concurrencyTypeAttribute, discard, yield

    // MARK: Declarations
    case modifier, attribute, labelledAvailabilityArgument, accessorModifier, accessorEffects, accessorKind
    case declarationHere, nestedOperatorDeclaration, conditionalCompilation, precedenceGroupName, precedenceGroupAttribute
    case typealiasAccessControl, genericTypealias, typealiasInType, typealiasInFunction, privateNestedType, deinitOutsideClass
    case lazyInStruct, lazyComputedProperty, ownershipOfComputedProperty, ownershipDefaultValue
    case observersOnConstant, observersOnSubscript, initialValueOfComputedVariable, subscriptParameterForm
    case overrideStatic, valueForOverridingProperty, overridingStoredProperty
    case overridingSettableClassProperty, observingInheritedConstant, observedPropertyThroughSuper
    case observingPropertyAssignedEarlier, subclassBeforeSuperclass, overridingGenericMethod
    case genericOverloadsWithSameLabels, overloadsByReturnTypeOnly, genericFunctionInFunction, genericOperatorFunction
    case extensionBeforeType, extensionOfLibraryType, builtinExtensionMembers, builtinExtensionStaticMethods
    case builtinExtensionStaticProperties, builtinExtensionInitializer

    // MARK: Generics and protocols
    case genericWhereClause, parameterPack, genericRequirementForm, genericRequirementMember, genericClassInitializer
    case setterOnGenericSubscript, defaultAssociatedType, primaryAssociatedTypes, genericExtension
    case associatedTypeClassConstraint, classConstraintWithOthers, genericConstraint, requirementOnType
    case protocolWithAssociatedTypesAsType, compositionMember, typeArgumentsMismatch, genericTypeWithoutArguments
    case resultCatching, opaqueProtocol, opaqueOrExistentialForm, opaqueUnderlyingType
    case extensionMemberOnDeepCollections, extensionMemberOnType, requirementMethodAsValue

    // MARK: Closures and function values
    case captureListValue, captureSpecifier, captureByValue, varWithOwnedCaptures, ownedCaptureOfName
    case ownedCaptureOfOuterVariable, ownedCaptureOfNonClass, throwingClosure, typedThrows, functionReferenceWithLabels
    case libraryMethodAsValue, libraryMethodAsValueTaking

    // MARK: Statements and expressions
    case forTry, fallthroughHere, fallthroughInLastCase, fallthroughIntoBindingCase
    case ifExpressionCondition, ifExpressionBranch, switchExpressionCase
    case keyPathComponent, emptyKeyPath, keyPathWrite, keyPathSubscript, regexLiteral, floatingPointLiteral
    case moduleQualifiedName, catchBindingsWithSeveralPatterns, catchingNonError, catchPattern, throwsSpecifier

    // MARK: The standard library
    case standardLibraryFunction, closedRangeIndices, sliceMutation, rangeAssignmentOnSlice, unboundedRangeSubscript
    case printingLazyWrapper
    case libraryType, conformance, cast, comparablePayloadEnum, inoutParameterInRequirement
    case syntaxForm, operatorForm, postfixOperator, optionalBindingAnnotation, casePatternAnnotation
}

extension RefusedConstruct {
    /// The part of docs/language.md's "What is refused" a construct is listed in.
    enum Group: String, CaseIterable, Sendable {
        case excluded = "Excluded from the cell language: concurrency, macros, ownership, Objective-C"
        case declarations = "Declarations"
        case generics = "Generics and protocols"
        case closures = "Closures and function values"
        case statements = "Statements and expressions"
        case library = "The standard library"
    }

    /// One construct's row: its message, why it is refused and a cell refused with it.
    struct Row: Sendable {
        /// The group it is listed in.
        let group: Group
        /// The message before `is not supported in nbrun cells`, each `{}` filled by the site's subjects in order.
        let phrase: String
        /// Why nbrun refuses it (and what to write instead, when there is something).
        let reason: String
        /// A cell refused with this construct (nil for a refusal no cell reaches; `reason` says why).
        let example: String?
        /// The text the error points at in `example` (its first occurrence).
        let at: String
        /// The subjects the example's message is filled with.
        let subjects: [String]
        /// Whether the phrase is plural (`… are not supported`).
        var isPlural = false
        /// A hint printed after the message, in parentheses.
        var hint: String?

        init(_ group: Group, _ phrase: String, _ reason: String, example: String?, at: String = "", _ subjects: String...) {
            (self.group, self.phrase, self.reason, self.example, self.at, self.subjects) = (group, phrase, reason, example, at, subjects)
        }

        /// This row with a plural phrase.
        func plural() -> Row {
            var row = self
            row.isPlural = true
            return row
        }

        /// This row with `hint` after its message.
        func hinted(_ hint: String) -> Row {
            var row = self
            row.hint = hint
            return row
        }
    }

    /// The message of this construct with `subjects` in its placeholders, e.g. `extension of 'Point' is not supported
    /// in nbrun cells`.
    func message(_ subjects: [String]) -> String {
        var text = "", remaining = subjects[...]
        var rest = row.phrase[...]
        while let range = rest.range(of: "{}") {
            text += rest[..<range.lowerBound] + (remaining.popFirst() ?? "…")
            rest = rest[range.upperBound...]
        }
        let row = row
        return text + rest + (row.isPlural ? " are" : " is") + " not supported in nbrun cells" + (row.hint.map { " (\($0))" } ?? "")
    }

    /// The functions that hold the rows, each answering for its own constructs (nil for the others).
    static let rowTables: [@Sendable (RefusedConstruct) -> Row?] = [
        row(ofDeclarationsOrExcluded:), row(ofGenerics:), row(ofClosuresOrStatements:), row(ofTypesOrForms:),
    ]

    /// The row of this construct (`RefusedConstruct+Rows…`).
    var row: Row {
        switch Self.rowTables.lazy.compactMap({ $0(self) }).first {
        case let row?: return row
        case nil:
            assertionFailure("RefusedConstruct.\(rawValue) has no row")
            return Row(.statements, "'\(rawValue)'", "", example: nil)
        }
    }
}

/// One refusal: the construct and the subjects its message names (a keyword, a modifier, a type's name …).
struct Refusal: Hashable, Sendable {
    /// What is refused.
    let construct: RefusedConstruct
    /// The values of the message's placeholders, in order.
    let subjects: [String]

    /// The message, e.g. `'generic where clause' is not supported in nbrun cells`.
    var message: String { construct.message(subjects) }
}

extension CompileError {
    /// The refusal of `construct`, its message naming `subjects` (`.unsupported(.extensionOfLibraryType, "Point")`).
    static func unsupported(_ construct: RefusedConstruct, _ subjects: String...) -> CompileError {
        .notSupported(Refusal(construct: construct, subjects: subjects))
    }
}
