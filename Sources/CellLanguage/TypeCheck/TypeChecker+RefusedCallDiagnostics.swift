import Diagnostics

/// Calls the generator refuses as a whole (issue 12), reported by the checker as the generator reports them (the same
/// `CompileError`, at the call): a built-in type's initializer given arguments none of its initializers takes
/// (`Set(1, 2)`, `Array(1, 2)`, `Double("a", 1)`: `no exact matches in call to initializer`), `zip` given a value that
/// is no sequence (`global function 'zip' requires that 'Int' conform to 'Sequence'`), `stride` with other labels or
/// bounds that are not Ints or Doubles, `Color()` for an enum without initializers (`'Color' cannot be constructed
/// because it has no accessible initializers`) and arguments for a class that takes none (a generic function's type
/// argument that misses a constraint: `TypeChecker+GenericRequirements`).
///
/// Certain or silent: only where the name is the built-in one (nothing declared or extended supplies another), and
/// only for argument types the checker knows completely (`isClosed`). The generator compiles none of a refused
/// initializer's arguments, nor `zip`'s arguments after the one refused, nor `stride`'s but its first that is not a
/// number literal; the checker checks the same ones, and the call has the error type.
extension TypeChecker {
    /// `name(arguments)` for the built-in `zip`, `stride`, `Set`, `Array` and `Double`: `.some(type)` when this
    /// function checked the call (the error type when it reported a mistake), nil when it checked nothing and the
    /// caller goes on.
    func refusedBuiltinCall(_ call: Expr, _ name: String, _ referent: Referent, _ arguments: [Argument]) -> CType?? {
        guard isBuiltinName(name, referent) else { return nil }
        if let mistake = nilConversionMistake(call, name, arguments) { return .some(mistake) }
        switch name {
        case "zip":
            guard arguments.count == 2, arguments.allSatisfy({ $0.label == nil }) else { return nil }
            return .some(zipCall(arguments, reportingAt: call.location))
        case "stride":
            return strideMistake(arguments, at: call.location, opening: call.openingLocation)
        case "Set":
            if arguments.count == 1, arguments[0].label == nil, !extendsBuiltinInitializers(name) {
                return .some(setConversion(arguments, reportingAt: call.location))
            }
            return initializerShapeMistake(.set(.error), arguments, at: call.location).map { .some($0) }
        case "Array":
            return initializerShapeMistake(.array(.error), arguments, at: call.location).map { .some($0) }
        case "Double":
            return initializerShapeMistake(.double, arguments, at: call.location).map { .some($0) }
        case "min", "max":
            return unorderedExtreme(name, arguments, at: call.location)
        case "Dictionary":
            return extendsBuiltinInitializers(name) ? nil : dictionarySourceMistake(arguments, at: call.location)
        default:
            return nil
        }
    }

    /// `Set<Int>(1, 2)`: a written set type's initializer given more than one argument; nil when it may fit.
    func refusedCollectionInitializer(_ call: Expr, _ typeExpr: TypeExpr, _ arguments: [Argument]) -> CType? {
        guard case .set? = resolve(typeExpr) else { return nil }
        return initializerShapeMistake(.set(.error), arguments, at: call.location)
    }

    /// `T(a, b, …)` for a built-in Set, Array or Double: two or more arguments (unlabelled ones for an array or a
    /// Double, whose labelled initializers the generator takes apart), which no initializer of the generator takes.
    private func initializerShapeMistake(_ type: CType, _ arguments: [Argument], at location: SourceLocation) -> CType? {
        let name: String
        switch type {
        case .set: name = "Set"
        case .array: name = "Array"
        default: name = "Double"
        }
        guard arguments.count >= 2, !extendsBuiltinInitializers(name),
              name == "Set" || arguments.allSatisfy({ $0.label == nil }) else { return nil }
        report(.noMatchingInitializer, at: location)
        return .error
    }

    /// `stride(…)` with other labels than `(from:to:by:)` or `(from:through:by:)` (nothing checked), or whose first
    /// argument that is not a number literal has a known type other than Int and Double (only it checked, as the
    /// generator types it alone). Nil when the call is neither, and nothing was checked. Three labels one of which
    /// differs from one of the two functions' are swiftc's `incorrect argument label in call` at the `(` (`opening`);
    /// from both (`stride(from:tox:by:)`), its `no exact matches in call to global function 'stride'`.
    private func strideMistake(_ arguments: [Argument], at location: SourceLocation, opening: SourceLocation?) -> CType?? {
        let labels = arguments.map(\.label)
        let functions: [[String?]] = [["from", "to", "by"], ["from", "through", "by"]]
        guard functions.contains(labels) else {
            let close = functions.filter { labels.count == 3 && zip($0, labels).filter { $0 != $1 }.count == 1 }
            if close.count == 1, !labels.contains(nil) {
                report(.incorrectArgumentLabels(have: labels, expected: close[0]), at: opening ?? location)
            } else if close.count == 2, !labels.contains(nil) {
                report(.noMatchingGlobalFunction("stride"), at: location)
            } else {
                report(.strideLabels, at: location)
            }
            return .some(.error)
        }
        if let mistake = strideNilMistake(arguments) { return .some(mistake) }
        guard let anchor = arguments.first(where: { !$0.value.isNumericLiteral })?.value else { return nil }
        let before = checked.diagnostics.count
        guard let type = check(anchor, expected: nil) else {
            uncheckedArguments(arguments.filter { $0.value !== anchor })
            return .some(nil)
        }
        if type != .int, type != .double {
            // The generator types the bounds alone (its mistakes are not reported then): certain only without any.
            guard isClosed(type), checked.diagnostics.count == before else { return .some(nil) }
            if arguments[2].value === anchor {
                // `stride(from: 0, through: 5, by: "s")`: number literal bounds (an Int, or a Double when one is a
                // float literal), whose step is of their type.
                let bounds: CType = arguments.prefix(2).contains(where: \.value.containsFloatLiteral) ? .double : .int
                report(.argumentType(type, expected: bounds), at: anchor.conversionLocation)
                return .some(.error)
            }
            report(.strideBounds, at: location)
            return .some(.error)
        }
        var same = true
        for argument in arguments where argument.value !== anchor {
            let before = checked.diagnostics.count
            let found = check(argument.value, expected: type)
            guard found != type else { continue }
            same = false
            // `stride(from: 0, through: n, by: "s")`: the step of an Int (or Double) stride is an Int (or Double).
            if argument.value === arguments[2].value, let found, isClosed(found), !found.hasError,
               checked.diagnostics.count == before {
                report(.argumentType(found, expected: type), at: argument.value.conversionLocation)
                return .some(.error)
            }
        }
        return .some(same ? .array(type) : nil)
    }

    /// `Color()` or `Color(rawValue: 1)` for a declared enum with no initializer (none declared, and no raw values
    /// for `rawValue:`), and `C(…)` for a class without a superclass or a declared initializer that has a stored
    /// property without a value: `'C' cannot be constructed because it has no accessible initializers`, at the call,
    /// its arguments unchecked (the generator compiles none). A class whose properties all have values takes no
    /// argument (`C(x: 1)`: `extra argument 'x' in call`, as `ArgumentMatch.match` words it). Nil otherwise.
    func constructionMistake(_ type: UserType, _ arguments: [Argument], call: Expr) -> CType? {
        guard compiler.protocolState.genericMembers[type]?["init"] == nil else { return nil }  // a generic initializer
        switch type.kind {
        case .enumeration:
            guard type.initializers.isEmpty,
                  type.rawType == nil || arguments.count != 1 || arguments[0].label != "rawValue" else { return nil }
        case .classType:
            guard type.superclass == nil, type.initializers.isEmpty, !isGeneric(type) else { return nil }
            if type.fields.allSatisfy({ $0.defaultValue != nil }) {
                guard case .mistake(let mistake, let location) = ArgumentMatch.match(
                    [], arguments, opening: call.openingLocation, closing: call.closingLocation, at: call.location) else { return nil }
                uncheckedArguments(arguments)
                report(mistake, at: location)
                return .error
            }
        default:
            return nil
        }
        report(.noAccessibleInitializers(type.name), at: call.location)
        return .error
    }

    /// `[(1, 2)].sorted()`, `[[1]].max()`: elements of a type that is never Comparable (a tuple, a function, a
    /// collection, an optional, a Bool), which nbrun cannot order (`type '(Int, Int)' cannot conform to
    /// 'Comparable'`, at the method's name); nil for any other call.
    private func unorderedElementsMistake(_ receiver: CType, _ name: String, _ arguments: [Argument],
                                          at nameLocation: SourceLocation) -> CType? {
        guard case .array(let element) = receiver, ["sorted", "min", "max"].contains(name), arguments.isEmpty,
              !receiver.hasError, !extensionReach.mayAdd(name, to: receiver) else { return nil }
        switch element {
        case .tuple, .function, .array, .dictionary, .set, .optional, .bool: break
        default: return nil
        }
        report(.sequenceMethodRequires(method: name + "()", element: element, protocolName: "Comparable"), at: nameLocation)
        return .error
    }

    /// `max(true, false)`, `max((1, 2), (1, 3))`, `min([1], [2])`: the first argument that is not a number literal is
    /// a Boolean, tuple, array or dictionary literal, so every argument is compiled as that literal's type, which is
    /// not Comparable (`global function 'max' requires that 'Bool' conform to 'Comparable'`; `type '(Int, Int)'
    /// cannot conform to 'Comparable'`, at the call). Reported only when every argument has that type (no conflict
    /// reported before it).
    private func unorderedExtreme(_ name: String, _ arguments: [Argument], at location: SourceLocation) -> CType?? {
        guard arguments.count >= 2, arguments.allSatisfy({ $0.label == nil }),
              let anchor = arguments.first(where: { !$0.value.isNumericLiteral })?.value else { return nil }
        switch anchor.kind {
        case .boolLiteral, .tuple, .array, .dictionary: break
        default: return nil
        }
        let type = check(anchor, expected: nil)
        var same = type.map { !$0.hasError } ?? false
        for argument in arguments where argument.value !== anchor && check(argument.value, expected: type) != type { same = false }
        guard same, let type else { return .some(nil) }
        report(.functionRequiresComparable(name, type), at: location)
        return .some(.error)
    }

    /// `base.name(arguments)` on a built-in value that the generator refuses (`sorted()`, `min()`, `max()` of elements
    /// that are not Comparable here, the others in `TypeChecker+RefusedMethodDiagnostics`): `.some(type)` when this
    /// function checked the call (the error type when it reported a mistake), nil when it checked nothing and the
    /// caller goes on.
    func refusedMethodCall(_ base: Expr, _ receiver: CType, _ name: String, _ arguments: [Argument], expected: CType?,
                           at nameLocation: SourceLocation) -> CType?? {
        if let unordered = unorderedElementsMistake(receiver, name, arguments, at: nameLocation) { return .some(unordered) }
        guard isClosed(receiver), !receiver.isOptional || name == "flatMap", !extensionReach.mayAdd(nil, to: receiver),
              !extensionReach.mayAdd(name, to: receiver),
              StdlibTables.table(for: receiver)?.methods(named: name).filter({ $0.accepts(arguments) }).count == 1
        else { return nil }
        switch (receiver, name) {
        case (.array(let element), "sorted"), (.array(let element), "min"), (.array(let element), "max"):
            guard arguments.isEmpty, case .user(let type) = element, type.staticMethods["<"] == nil else { return nil }
            report(.sequenceMethodRequires(method: name + "()", element: element, protocolName: "Comparable"), at: nameLocation)
            return .some(.error)
        case (.array(let element), "reduce"):
            return reduceIntoMistake(element, arguments, expected: expected)
        case (.array(let element), "map"):
            return mapClosureCountMistake(element, arguments, expected: expected).map { .some($0) }
        case (.string, "append"):
            return stringAppendMistake(base, arguments, at: nameLocation)
        case (.string, "trimmingCharacters"), (.string, "components"):
            return characterSetMistake(name, arguments)  // TypeChecker+RefusedMethodDiagnostics
        case (.array(let element), "compactMap") where !Self.isLazyChain(base), (.array(let element), "flatMap") where !Self.isLazyChain(base):
            return transformResultMistake(name, element, arguments, at: nameLocation)  // TypeChecker+RefusalDiagnostics
        case (.optional(let wrapped), "flatMap"):
            return transformResultMistake(name, wrapped, arguments, onOptional: true, at: nameLocation)
        default:
            return nil
        }
    }
}

extension TypeChecker {
    /// `stride(from: nil, to: 15, by: 3)`: swiftc's argument mistake at the first `nil`, of the type the other
    /// arguments give (the first one that is no number literal, else an Int or a Double by the literals); nil when no
    /// argument is `nil`.
    func strideNilMistake(_ arguments: [Argument]) -> CType? {
        guard let literal = arguments.first(where: { Self.isNilLiteral($0.value) })?.value else { return nil }
        let others = arguments.map(\.value).filter { !Self.isNilLiteral($0) }
        let anchor = others.first { !$0.isNumericLiteral }.flatMap { check($0, expected: nil) }
        let type = anchor ?? (others.contains(where: \.containsFloatLiteral) ? .double : .int)
        if !type.hasError { report(.nilLiteral(.argument, type), at: literal.location) }
        return .error
    }
}

extension TypeChecker {
    /// The library's value types whose initializers take no `nil` as their first unlabelled argument.
    private static let nilRefusingInitializers: Set<String> = [
        "Int", "Double", "Float", "String", "Bool", "Character", "Int8", "Int16", "Int32", "Int64", "UInt", "UInt8",
        "UInt16", "UInt32", "UInt64",
    ]

    /// `Int(nil)`, `UInt8(nil)`, `String(nil)`: swiftc's `no exact matches in call to initializer` at the call;
    /// `String(nil, radix: 2)`, `Int(nil, radix: 2)`: the generic parameter the `nil` leaves unbound (`T`, `S`); nil
    /// when the first argument is no `nil`.
    func nilConversionMistake(_ call: Expr, _ name: String, _ arguments: [Argument]) -> CType? {
        guard Self.nilRefusingInitializers.contains(name), let first = arguments.first, first.label == nil,
              Self.isNilLiteral(first.value) else { return nil }
        if arguments.count == 1 {
            report(.noMatchingInitializer, at: call.location)
        } else if arguments.count <= 3, arguments[1].label == "radix", name == "String" || name == "Int" {
            report(.genericParameterNotInferred(name == "String" ? "T" : "S"), at: call.location)
        } else {
            return nil
        }
        return .error
    }
}
