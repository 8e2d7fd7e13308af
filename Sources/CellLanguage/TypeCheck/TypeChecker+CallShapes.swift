import Diagnostics

/// Argument-shape mistakes in calls of the standard library (issue 12), reported by the checker as the generator
/// reports them (the same `CompileError`, at the same token, from the same shared functions): wrong labels, missing and
/// extra arguments of the built-in global functions (`sqrt()`, `abs(x: 1)`, `zip([1])`), `Int(1, 2)` and
/// `UInt8(1, 2, 3)` (taken for `init(_:radix:)`), `Array(5)` (for `Array(arrayLiteral:)`), a built-in value's method
/// called with arguments none of its declarations takes (`xs.insert(1)`), and extra or labelled subscript indices of
/// arrays, dictionaries and strings (`xs[0, 1, 2]`, `d[k: "a", 1]`).
///
/// Each is reported only where the checker knows the generator takes that path: the name is the built-in one (nothing
/// declared shadows it), and no extension of a built-in type, protocol extension or generic member may supply another
/// member. The generator compiles none of such a call's arguments (nothing inside them is reported), so the checker
/// checks none either; the call has the error type.
extension TypeChecker {
    /// A call of a built-in global function or of `Int`/a fixed-width integer type by name whose arguments certainly
    /// do not fit: reports the generator's mistakes and returns the error type; nil when they fit or the checker
    /// cannot tell.
    func builtinCallShapeMistake(_ call: Expr, _ name: String, _ referent: Referent, _ arguments: [Argument]) -> CType? {
        guard isBuiltinName(name, referent) else { return nil }
        let unlabelled = arguments.allSatisfy { $0.label == nil }
        let count = Compiler.unaryMathFunctions[name] != nil ? 1 : Compiler.binaryMathFunctions[name] != nil ? 2
            : name == "abs" ? 1 : 0
        if count > 0 {
            guard let (mistake, position) = TypeChecker.unlabelledMistake(arguments, count: count, opening: call.openingLocation,
                                                                       closing: call.closingLocation, at: call.location)
            else { return nil }
            report(mistake, at: position)
            return .error
        }
        if name == "zip" {
            guard arguments.count != 2 || !unlabelled else { return nil }
            if arguments.count == 1, unlabelled {
                report(.missingArgument(label: nil, position: 2), at: call.closingLocation ?? call.location)
            } else {
                report(.zipArguments, at: arguments.count > 2 ? arguments[2].value.location : call.location)
            }
            return .error
        }
        guard name == "Int" || IntegerKind(name: name) != nil, !extendsBuiltinInitializers(name),
              arguments.count == 2 || arguments.count == 3, unlabelled,
              let text = Self.literalType(arguments[0].value) else { return nil }
        for (mistake, position) in Self.radixInitializerMistakes(text, arguments, opening: call.openingLocation,
                                                                    at: call.location) {
            report(mistake, at: position)
        }
        return .error
    }


    /// `Array(x)` where `x` is a single value of a known type that is no sequence (`Array(5)`): swiftc takes it for
    /// `Array(arrayLiteral:)` and so does the generator. Reports it and returns the error type; nil for other types.
    func arrayLiteralLabelMistake(_ found: CType?, _ argument: Argument) -> CType? {
        guard let found, isClosed(found) else { return nil }
        switch found {
        case .int, .double, .bool, .character, .integer: break
        case .user(let type) where type.kind == .structure || type.kind == .enumeration: break
        default: return nil
        }
        report(.missingArgumentLabel("arrayLiteral"), at: argument.value.location)
        return .error
    }

    /// `receiver.name(arguments)` on a built-in value whose table declares `name` but no declaration of it takes
    /// these arguments: the label or argument that is wrong when there is one declaration (`xs.insert(1)`: `missing
    /// argument for parameter 'at' in call`), else `no exact matches in call to instance method`. Returns the error
    /// type; nil when a declaration takes the arguments or the checker cannot tell.
    func stdlibCallShapeMistake(_ call: Expr, _ receiver: CType, _ name: String, _ arguments: [Argument],
                                at nameLocation: SourceLocation) -> CType? {
        // Only this member matters: `xs.insert(1)` beside an `extension Array` declaring other members is still wrong.
        if case .user = receiver { return nil }
        guard isClosed(receiver), !receiver.isOptional, !extensionReach.mayAdd(name, to: receiver),
              let candidates = StdlibTables.table(for: receiver)?.methods(named: name), !candidates.isEmpty,
              !candidates.contains(where: { $0.accepts(arguments) || $0.accepts(arguments, closureAsValue: true) }) else {
            return nil
        }
        if let member = StdlibMember.closestCandidate(candidates, to: arguments) {
            let shapes = member.labels.enumerated().map { index, label in
                ParameterShape(label: label, hasDefault: false, isFunction: member.takesTrailingClosure && index == member.labels.count - 1)
            }
            if case .mistake(let mistake, let position) = ArgumentMatch.match(shapes, arguments, opening: call.openingLocation,
                                                                               closing: call.closingLocation, at: nameLocation) {
                report(mistake, at: position)
                return .error
            }
        }
        report(.noMatchingInstanceMethod(name, candidates: candidates.map(\.signatureName)), at: nameLocation)
        return .error
    }

    /// `base[arguments]` on an array, a dictionary or a string with other indices than its subscripts take (not one
    /// unlabelled index; for a dictionary, not `[key]` or `[key, default: value]`): the generator's mistake
    /// (`Self.subscriptArgumentMistake`). Returns the error type; nil when the indices fit or an extension may
    /// declare a subscript.
    func subscriptShapeMistake(_ receiver: CType, _ arguments: [Argument], at location: SourceLocation) -> CType? {
        switch receiver {
        case .array, .string:
            guard arguments.count != 1 || arguments[0].label != nil else { return nil }
        case .dictionary:
            guard arguments.first?.label != nil || !(arguments.count == 1 || (arguments.count == 2 && arguments[1].label == "default"))
            else { return nil }
        default:
            return nil
        }
        guard certainlyBuiltinMembers(of: receiver), compiler.protocolState.genericMembers.isEmpty,
              compiler.protocolState.builtinExtensions.values.allSatisfy({ $0.subscripts.isEmpty }) else { return nil }
        let (mistake, position) = Self.subscriptArgumentMistake(receiver, arguments, at: location,
                                                                    closing: compiler.reportedTokens[location] ?? location)
        report(mistake, at: position)
        return .error
    }

    /// `xs[0, 1] = v` where `xs` names a `var` or a parameter (`reduce(into:)`'s accumulator `$0`): the indices'
    /// mistake, as for a read (`subscriptShapeMistake`); false when the indices fit or the checker cannot tell.
    func subscriptPlaceShapeMistake(_ base: Expr, _ baseType: CType?, _ arguments: [Argument], at location: SourceLocation) -> Bool {
        guard case .name = base.kind, let referent = resolution.referent(of: base),
              [.variable, .parameter, .closureParameter].contains(declarationKind(of: referent)), let baseType else { return false }
        return subscriptShapeMistake(baseType, arguments, at: location) != nil
    }

    /// Checks an argument of a standard-library method against its parameter's type, and reports a value that no
    /// overload of the method could take (`arr.append("x")`, `s.insert(5, at: i)`: `cannot convert value of type 'Int'
    /// to expected argument type 'Character'`) when the method is certainly the table's (no extension can supply
    /// another overload). The tables hold one signature where Swift has several (`contains` of a String takes a
    /// Character too, `replaceSubrange` any range expression), so a value of the parameter's own family (text,
    /// ranges, numbers, collections) is never reported.
    func stdlibArgument(_ argument: Argument, _ parameter: CType, of receiver: CType) {
        guard certainlyBuiltinMembers(of: receiver) || certainlyLibraryParameter(parameter, of: receiver) else {
            check(argument.value, expected: parameter)
            return
        }
        let found = check(argument.value, expected: parameter)
        if found == nil, reportsNilLiteral(argument.value, parameter, as: .argument) { return }  // `xs.append(nil)` (+NilLiterals)
        // `n.advanced(by: step)` for a `step` of type `Int?`: swiftc's unwrapping mistake at the argument.
        if case .optional(let wrapped)? = found, wrapped == parameter, isClosed(parameter), !parameter.isOptional {
            report(.optionalNotUnwrapped(.optional(wrapped), wrapped: parameter), at: argument.value.conversionLocation)
            return
        }
        guard let found, let foundFamily = ValueFamily(found), let family = ValueFamily(parameter), foundFamily != family,
              certainlyMismatches(found, parameter) else { return }
        report(CompileError.argumentType(found, expected: parameter).wordedAsSwiftc(found: found, expected: parameter),
               at: argument.value.conversionLocation)
    }


    /// Whether the members of a value of type `receiver` are certainly its table's: a built-in value type (or a
    /// collection of them) that no extension of the notebook reaches (`ExtensionReach`).
    func certainlyBuiltinMembers(of receiver: CType) -> Bool {
        guard isClosed(receiver), !receiver.isOptional else { return false }
        if case .user = receiver { return false }
        return !extensionReach.mayAdd(nil, to: receiver)
    }
}

extension TypeChecker {
    /// Whether a value of type `type` converts to nothing but itself and optionals of it: the closed types
    /// (`isClosed`), `String.Index` and array slices of closed elements (no conversion makes an `ArraySlice<Int>`
    /// an `[Int]`), and optionals of them. For conversions only: the members of slices are not all the table's.
    func convertsOnlyToItself(_ type: CType) -> Bool {
        switch type {
        case .stringIndex: return true
        case .arraySlice(let element): return isClosed(element)
        case .optional(let wrapped): return convertsOnlyToItself(wrapped)
        default: return isClosed(type)
        }
    }

    /// The first mistake in the arguments of a call that takes `count` unlabelled ones, as swiftc reports it: a label
    /// at the opening parenthesis (`opening`), a missing argument at the closing one (`closing`; `location`, the
    /// call's, when unknown), an extra argument at itself (the type checker's).
    static func unlabelledMistake(_ arguments: [Argument], count: Int, opening: SourceLocation?, closing: SourceLocation?,
                                  at location: SourceLocation) -> (CompileError, SourceLocation)? {
        if let labelled = arguments.first(where: { $0.label != nil }), let label = labelled.label {
            return (.extraneousArgumentLabel(label), opening ?? labelled.location)
        }
        if arguments.count < count { return (.missingArgument(label: nil, position: arguments.count + 1), closing ?? location) }
        if arguments.count > count { return (.extraArgument(nil), arguments[count].location) }
        return nil
    }
}

/// The families of values a standard-library parameter takes in Swift's overloads of one method (a String's
/// `contains` takes a String or a Character, `replaceSubrange` any range expression), for `stdlibArgument`.
private enum ValueFamily {
    case text, range, number, bool, collection, index

    /// The family of `type`; nil for the types `stdlibArgument` does not decide.
    init?(_ type: CType) {
        switch type {
        case .string, .substring, .character, .stringView: self = .text
        case .range, .closedRange, .doubleRange, .doubleClosedRange, .indexRange, .partialRange: self = .range
        case .int, .double, .integer, .unicodeScalar: self = .number
        case .bool: self = .bool
        case .array, .arraySlice, .set, .dictionary: self = .collection
        case .stringIndex: self = .index
        default: return nil
        }
    }
}
