@testable import CellLanguage
import Diagnostics
import Foundation
import XCTest

/// The kinds of compile errors: every kind has examples that render, the list in `docs/errors.md` is generated
/// from them, and the position tests (`Positions/`) show which kinds are pinned at swiftc's positions.
final class CompileErrorTests: XCTestCase {
    /// The kinds the position programs (`Positions/*.errors`, from swiftc; `Positions/Refusals/`, by hand) report; when a mistake is added to
    /// `Positions/mistakes.txt`, add its kind here. The kinds not listed have no position test yet.
    private static let kindsWithPositionTests: Set<CompileError.Kind> = [
        .cannotFindInScope, .assignThroughSubscriptOfConstant, .specifiedType, .valueHasNoMember, .mutatingMemberOnConstant, .assignToConstant,
        .binaryOperatorSameTypes, .missingArgumentLabel, .argumentType, .extraArgument, .elementType, .conditionType,
        .typeHasNoMember, .notASequence, .incorrectArgumentLabels, .coercionType, .optionalNotUnwrapped, .patternType,
        .missingArgument, .mutatingOperatorOnConstant, .conflictingGenericArguments, .binaryOperatorTypes,
        .subscriptAssignmentType, .nilWithoutContext, .notAFunction, .forceUnwrapNonOptional, .optionalChainOnNonOptional,
        .unaryOperatorType, .ternaryMismatch, .floatingRemainder, .assignmentType, .functionRequiresComparable,
        .noAccessibleInitializers, .switchNotExhaustive, .emptyCaseBody, .invalidRedeclaration, .cannotFindTypeInScope,
        .dictionaryKeyType, .dictionaryValueType, .returnType, .defaultArgumentType, .inoutNeedsAmpersand,
        .optionalMemberNeedsUnwrap, .tuplePatternShape, .genericStructRequires, .stringIntegerSubscript,
        .closureParameterNotInferred, .keyPathRootNotInferred, .bindingNotOptional, .assignToFunction, .assignToConstantProperty, .extraneousArgumentLabel,
        .cannotInferContextualBase, .assignToCallResult, .getOnlyProperty, .breakOutsideLoop, .typeNameAlone, .sequenceMethodRequires,
        .noSubscripts, .tupleSubscript, .integerAsBoolean, .optionalAsBoolean, .integerLiteralAsBoolean,
        .tuplePatternOnNonTuple, .inoutConstant, .continueOutsideLoop, .closureArgumentCount,
        .usedBeforeInitialized, .initializedTwice, .guardFallsThrough, .integerLiteralOverflow, .missingReturn,
        .anonymousArgumentWithExplicitParameters, .unlabelledAfterVariadic, .cannotFindLabel, .assignToImmutableExpression,
        .inoutImmutableValue, .missingReturnValue, .ampersandOutsideArgument,
        // Prints what `functionRequiresComparable` prints for `Comparable` (its own position: ProtocolDiagnosticsTests).
        .genericRequirement,
        .returnValueInVoidFunction, .callNotMarkedTry, .errorNotHandled, .notAnError, .exitFromDefer, .throwFromDefer,
        .letComputedProperty, .getOnlyVariable, .mutatingOperatorOnGetOnly, .getOnlySubscript,
        .ambiguousUse, .noMatchingGlobalFunction, .noMatchingFunction, .throwingToNonThrowing, .rethrowsWithoutThrowingParameter,
        // nbrun-only refusals (Positions/Refusals, positions written by hand).
        .compactMapNeedsOptional, .flatMapNeedsArray,
        .characterSetNotWritten, .groupingNeedsArray, .uniqueKeysNeedsPairs, .reduceIntoNeedsClosureLiteral,
        .operatorAsValue, .strideBounds, .setSourceNotArray, .notSupported, .flatMapNeedsOptional,
        .zipArguments, .interpolationArguments,
        // Positions/Flow (swiftc's exclusivity diagnostics).
        .inoutArgumentsAlias, .overlappingAccess,
        .nilForNonOptional, .destructureCount, .assignToLiteral, .assignThroughForceUnwrap, .loopPatternType, .mutatingMemberOnGetOnly,
        // Positions/Declarations (at the top level).
        .mutatingInClass, .computedPropertyNeedsType, .typeAnnotationMissing, .enumStoredProperty, .rawValueNotLiteral,
        .rawValueWithoutRawType, .staticPropertyWithoutValue, .staticStoredInGenericType, .doesNotConform, .extensionStoredProperty, .mutatingMethodReference,
        .classWithoutInitializers,
        .overrideKeywordRequired, .overridesFinal, .overridesNothing, .inheritsFromFinalClass, .initializerRequirementNeedsRequired,
        .nonClassConformsToClassProtocol, .failableWitnessForNonFailableRequirement, .setterInaccessible,
        .signatureUsesRestrictedType, .genericSuperclassRequirement, .opaqueReturnMismatch, .nonFailableDelegatesToFailable,
        .notCustomStringConvertible, .emptyCollectionLiteral, .anonymousArgumentOutsideClosure, .rawValueType, .rawValueNotInferred,
        .rawTypeNotSynthesized, .failableOverridesNonFailable, .returnOutsideFunction, .invalidEscapeSequence, .invalidUnicodeScalar,
        // Print what `doesNotConform` prints for their protocols (`type 'T' does not conform to protocol 'P'`).
        .notHashable, .notComparable,
        .extraSubscriptArgument, .enumCaseNeedsValues,
        // Positions/DeclarationRefusals (nbrun-only, positions written by hand).
        .typesOnlyAtTopLevel, .propertyNameNotSimple,
        .ambiguousUse, .initializerRequirement,
        // Issue 12's position tests for the remaining kinds: statements (`mistakes.txt`), declarations, refusals.
        .genericParameterNotInferred, .trailingClosureNotFunction, .rethrowingFunctionThrows, .functionWithoutBody,
        .invalidAvailability, .readOnlyOverridesMutable, .observesReadOnly, .requiredInitializerMissing, .notAnAttribute,
        .topLevelPropertyWrapper, .enumCaseOutsideEnum, .instanceMethodShadowsGlobal, .genericSameTypeRequirement,
        .oneSidedRangeContext, .conditionBindingNotSimpleName,
        .changeOfCallResult, .noMatchingInstanceMethod, .reduceIntoClosureType, .subscriptArguments,
        // In Positions/Refusals, at swiftc's token: swiftc reports it when Foundation is imported, which the programs do not.
        .argumentDoesNotConform,
        // Positions/FlowDeclarations (swiftc's SIL diagnostics, at the top level).
        .escapingClosureCapturesMutatingSelf,
        // Positions/Literals (errors of the parser).
        .equalsWhitespace,
        // Positions/OutsideClosures (swiftc diagnoses them otherwise in a closure of one statement).
        .enumCasePatternLength, .noMatchingInitializer,
        // OutsideClosures (swiftc infers `[Any?]` in a closure).
        .heterogeneousCollectionLiteral,
    ]

    /// Kinds the position programs cannot hold, pinned by their own tests: a warning, the bracket-nesting limit (which
    /// stops a cell before parsing) and the notebook's global capacity (at the cell's first statement), in
    /// `LimitAndWarningPositionTests`; the compile-time limit, at the first statement (`CompileCostTests`); the kinds
    /// that need the bindings (`Tensor` changes a copy would lose, overloaded native calls matching none:
    /// `BindingsTests/NativePositionTests`).
    private static let kindsWithPositionTestsElsewhere: Set<CompileError.Kind> = [
        .nilCoalescingNonOptional, .bracketsTooDeep, .compileTimeLimit, .stateChangeOfCopy, .getOnlyPropertyThroughSubscript,
        .noMatchingCall, .tooManyGlobals,
        // Declaration-level mistakes, pinned at swiftc's positions in ResultBuilderTests and OperatorDeclarationTests.
        .unknownAttribute, .resultBuilderControlFlow, .operatorWithoutDeclaration,
        // Pinned at swiftc's positions in SwiftcParityTests.
        .declaredClosureResult,
        // A generic signature's mistake (the checker's, under placeholders), pinned at swiftc's positions in
        // LessonProgramDiagnosticsTests.
        .notMemberType,
        // Pinned at swiftc's positions in TypeResolutionDiagnosticsTests.
        .observingVariableWithoutInitializer,
        // A use of a name a failed cell declared: it takes two cells, pinned at the use in FailedCellTests.
        .declaredInFailedCell,
        // Declaration-level mistakes, pinned at swiftc's positions in FirstErrorDiagnosticsTests.
        .witnessLabelMismatch, .wrappedValueInitializerType, .resultBuilderWithoutBlock,
        // Pinned at swiftc's positions in InternalErrorDiagnosticsTests.
        .moduleHasNoMember, .wrapperWithoutWrappedValue, .ampersandNonInoutArgument,
        // Pinned at swiftc's positions in OpaqueResultDiagnosticsTests.
        .opaqueResultWithoutReturns, .typeCannotConform,
        // Pinned at swiftc's positions in AcceptedSwiftDiagnosticsTests.
        .functionTypeArgumentLabel,
        // Pinned at swiftc's positions in InitializerCoverageDiagnosticsTests.
        .initializerCoverage,
        // Pinned at swiftc's positions in NilLiteralDiagnosticsTests.
        .nilLiteral,
        // nbrun's own refusal of `stride` labels swiftc words otherwise (`stride(from: 0, 5, by: 1)`): the Refusals
        // programs' `stride(from:upTo:by:)` is swiftc's `no exact matches in call to global function 'stride'` since
        // session 28 (AcceptedSwiftDiagnosticsTests).
        .strideLabels,
    ]

    func testEveryKindHasExamplesOfItsOwnKindThatRender() {
        var seen: [String: CompileError.Kind] = [:]
        for kind in CompileError.Kind.allCases {
            let samples = CompileError.samples(of: kind)
            XCTAssertFalse(samples.isEmpty, "\(kind) has no example")
            for sample in samples {
                XCTAssertEqual(sample.kind, kind)
                XCTAssertNotEqual(sample.message, kind.rawValue, "\(kind) has no message")
                XCTAssertFalse(sample.message.isEmpty, "\(kind)")
                XCTAssertFalse(sample.message.contains("''"), "\(kind) nests quotes: \(sample.message)")
                if let other = seen.updateValue(kind, forKey: sample.message), other != kind {
                    XCTFail("\(kind) and \(other) both print '\(sample.message)'")
                }
            }
        }
    }

    /// The messages of the kinds as pinned elsewhere: exact text, notes, and the diagnostic they make.
    func testMessagesAndNotes() {
        let unknown = CompileError.cannotFindInScope("slpoe", suggestion: "slope")
        XCTAssertEqual(unknown.diagnostic(at: SourceLocation(line: 3, column: 7)),
                       .error("cannot find 'slpoe' in scope", at: SourceLocation(line: 3, column: 7), notes: ["did you mean 'slope'?"]))
        XCTAssertEqual(CompileError.incorrectArgumentLabels(have: ["a", nil], expected: ["x", "y"]).message,
                       "incorrect argument labels in call (have 'a:_:', expected 'x:y:')")
        XCTAssertEqual(CompileError.missingArgument(label: nil, position: 2).message, "missing argument for parameter #2 in call")
        XCTAssertEqual(CompileError.valueHasNoMember(.tuple([.init(label: "x", type: .int)]), member: "z").message,
                       "value of tuple type '(x: Int)' has no member 'z'")
        XCTAssertEqual(CompileError.compileTimeLimit(seconds: 0.5).message,
                       "compiling this cell took longer than its time limit (0.5 s); split it or simplify its expressions")
        XCTAssertEqual(CompileError.classWithoutInitializers("Node", property: "value").notes,
                       ["stored property 'value' without initial value prevents synthesized initializers"])
        XCTAssertEqual(CompileError.tuplePatternShape(.int, elements: 3).message,
                       "cannot convert value of type 'Int' to specified type '(_, _, _)'")
    }

    /// `docs/errors.md` lists exactly the kinds the enum has; `NBRUN_UPDATE_DOCS=1` rewrites it.
    func testErrorsDocIsGeneratedFromTheKinds() throws {
        try GeneratedDocCheck.check("errors.md", test: "CompileErrorTests", updating: CompileErrorReference.updating)
    }

    /// Every error in the position programs is one of the kinds, and the kinds they cover are the listed ones
    /// (so a kind without a position test stays visible here).
    func testPositionTestsCoverTheListedKinds() throws {
        let positions = try XCTUnwrap(Bundle.module.url(forResource: "Positions", withExtension: nil), "Positions resources missing")
        var files: [URL] = []
        for (folder, count) in [(positions, 8), (positions.appendingPathComponent("Flow"), 8),
                                (positions.appendingPathComponent("Refusals"), 8), (positions.appendingPathComponent("Declarations"), 1),
                                (positions.appendingPathComponent("Literals"), 8), (positions.appendingPathComponent("DeclarationRefusals"), 1),
                                (positions.appendingPathComponent("OutsideClosures"), 7),
                                (positions.appendingPathComponent("FlowDeclarations"), 1)] {
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".errors") }
            XCTAssertEqual(names.count, count, folder.lastPathComponent)
            files += names.map { folder.appendingPathComponent($0) }
        }
        var covered = Set<CompileError.Kind>()
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for line in text.split(separator: "\n") {
                // `line:column: message`
                let message = line.split(separator: " ", maxSplits: 1).dropFirst().first.map(String.init) ?? ""
                let kinds = Self.kinds(printing: message)
                XCTAssertFalse(kinds.isEmpty, "\(file): '\(message)' is no kind of CompileError")
                covered.formUnion(kinds)
            }
        }
        let pinned = covered.union(Self.kindsWithPositionTestsElsewhere)
        let missing = CompileError.Kind.allCases.filter { !pinned.contains($0) }.map(\.rawValue)
        print("compile-error kinds with a position test: \(pinned.count) of \(CompileError.Kind.allCases.count); without: \(missing.joined(separator: ", "))")
        XCTAssertEqual(covered, Self.kindsWithPositionTests)
        XCTAssertTrue(covered.isDisjoint(with: Self.kindsWithPositionTestsElsewhere))
    }

    /// The kinds whose examples print `message` once the names, types and numbers in them are set aside; when
    /// several do, the most specific (most literal text, e.g. `'(_, _)'` over `'Int'`).
    private static func kinds(printing message: String) -> Set<CompileError.Kind> {
        var best: (literal: Int, kinds: Set<CompileError.Kind>) = (0, [])
        for kind in CompileError.Kind.allCases {
            for sample in CompileError.samples(of: kind) {
                let (regex, literal) = pattern(of: sample.message)
                guard regex.firstMatch(in: message, range: NSRange(message.startIndex..., in: message)) != nil else { continue }
                if literal > best.literal { best = (literal, [kind]) } else if literal == best.literal { best.kinds.insert(kind) }
            }
        }
        return best.kinds
    }

    /// A regular expression for messages like `message`, and how many of its characters it requires as they are:
    /// numbers may be anything, and so may a quoted name or type (`'x'`, `'[Int]'`), but in a quoted tuple or
    /// function type (`'(_, _)'`, `'(inout Int, Int) -> ()'`) only the type names may differ.
    private static func pattern(of message: String) -> (NSRegularExpression, literal: Int) {
        let quoted = try! NSRegularExpression(pattern: "(?<![A-Za-z])'([^']*)'(?![A-Za-z])")
        let text = message as NSString
        var pattern = "^", literal = 0, position = 0
        func plain(_ part: String, numbers: Bool) {
            let escaped = NSRegularExpression.escapedPattern(for: part)
            pattern += numbers ? escaped.replacingOccurrences(of: "[0-9]+", with: "[0-9]+", options: .regularExpression) : escaped
            literal += part.filter { !$0.isNumber }.count
        }
        for match in quoted.matches(in: message, range: NSRange(location: 0, length: text.length)) {
            plain(text.substring(with: NSRange(location: position, length: match.range.location - position)), numbers: true)
            let inside = text.substring(with: match.range(at: 1))
            pattern += "'"
            if inside.contains("(") {
                // Type names may differ; the keyword `inout` and the punctuation may not.
                var run = ""
                func endRun() {
                    if run == "inout" { plain(run, numbers: false) } else if !run.isEmpty { pattern += "[^']*" }
                    run = ""
                }
                for character in inside {
                    if character.isLetter || character.isNumber {
                        run.append(character)
                    } else {
                        endRun()
                        plain(String(character), numbers: false)
                    }
                }
                endRun()
            } else {
                pattern += "[^']*"
            }
            pattern += "'"
            literal += 2
            position = match.range.location + match.range.length
        }
        plain(text.substring(from: position), numbers: true)
        return (try! NSRegularExpression(pattern: pattern + "$"), literal)
    }
}
