import Diagnostics

/// Calls of the built-in functions and initializers (`print`, `String(…)`, `Int(…)`, `Array(…)`, `[T](…)`) whose labels
/// none of their declarations (`LibraryFunctions.table`) takes (`print(1, terminatorx: " ")`,
/// `String(formatx: "%d", 1)`), reported as swiftc reports them (issue 12): the declaration that needs the fewest labels
/// changed, when there is one, gives `incorrect argument label in call (have …, expected …)` at the opening
/// parenthesis; several give `no exact matches in call to initializer` at the callee.
extension TypeChecker {
    /// The call of the built-in `name` being checked, when its labels fit no declaration of `name`: its mistake,
    /// reported, and the error type; nil when a declaration takes the labels or swiftc's answer is not certain.
    func builtinLabelMistake(_ name: String, _ arguments: [Argument]) -> CType? {
        guard let call = callBeingChecked, let signatures = LibraryFunctions.table[name],
              !arguments.contains(where: \.isTrailingClosure) else { return nil }
        guard let closest = Self.closestRelabellings(signatures.map { $0.shapes(for: arguments) }, arguments) else { return nil }
        // A label none of the closest declarations has by a typo may be another declaration's (not in the table).
        guard let expected = closest.first, closest.contains(where: { Self.isTypo(arguments, expected: $0) }) else { return nil }
        if closest.count > 1 {
            guard let tie = tiedLabelsMistake(name, arguments, call: call) else { return nil }
            uncheckedArguments(arguments)
            if case .noMatchingInitializer = tie {
                report(tie, at: Self.initializerLocation(call))
            } else {
                report(tie, at: call.openingLocation ?? call.location)
            }
            return .error
        }
        guard let mistake = ArgumentMatch.labelMistake(arguments, expected: expected) else { return nil }
        uncheckedArguments(arguments)
        report(mistake, at: ArgumentMatch.labelMistakeLocation(arguments, opening: call.openingLocation))
        return .error
    }

    /// swiftc's answer when several declarations need as few labels changed: `no exact matches in call to
    /// initializer`, but for a `String` of one Double or Boolean, which only `init(_:)` takes (its label is
    /// extraneous), and an `Array(repeating:count:)` nested in or holding an array initializer's call, whose
    /// declarations swiftc then ranks (the labels are wrong). Nil when swiftc's answer is not certain.
    private func tiedLabelsMistake(_ name: String, _ arguments: [Argument], call: Expr) -> CompileError? {
        if name == "String", arguments.count == 1, let label = arguments[0].label {
            switch aloneType(arguments[0].value) {
            case .double?, .bool?: return .extraneousArgumentLabel(label)
            default: return .noMatchingInitializer
            }
        }
        guard name == "Array" else { return .noMatchingInitializer }
        let nested = enclosingCall.map { outer in
            guard case .call(_, let outerArguments) = outer.kind else { return false }
            return outerArguments.map(\.label) == ["repeating", "count"]
        } ?? false
        let holdsArrayInitializer = arguments.contains { argument in
            guard case .call(let callee, _) = argument.value.kind else { return false }
            switch callee.kind {
            case .array, .typeReference: return true
            default: return false
            }
        }
        if nested || holdsArrayInitializer {
            return .incorrectArgumentLabels(have: arguments.map(\.label), expected: ["repeating", "count"])
        }
        return arguments.allSatisfy({ Self.isPlainValue($0.value) }) ? .noMatchingInitializer : nil
    }

    /// The type a value has alone: a literal's default type, a context-free expression's checked type.
    private func aloneType(_ value: Expr) -> CType? {
        switch value.kind {
        case .floatLiteral: return .double
        case .boolLiteral: return .bool
        case .intLiteral: return .int
        case .stringLiteral: return .string
        default: return Self.isContextFree(value) ? check(value, expected: nil) : nil
        }
    }

    /// Whether a value is a literal (an array literal of them), a name or a member of a name (`xs.count`).
    private static func isPlainValue(_ value: Expr) -> Bool {
        switch value.kind {
        case .intLiteral, .floatLiteral, .boolLiteral, .stringLiteral, .name: return true
        case .prefix("-", let operand): return isPlainValue(operand)
        case .array(let elements): return elements.allSatisfy(isPlainValue)
        case .member(let base?, _, _): if case .name = base.kind { return true } else { return false }
        default: return false
        }
    }

    /// Where swiftc reports an initializer call it finds no match for: at `init` in `.init(…)`, else at the callee.
    static func initializerLocation(_ call: Expr) -> SourceLocation {
        guard case .call(let callee, _) = call.kind else { return call.location }
        if case .member(nil, "init", let location) = callee.kind { return location }
        return callee.location
    }
}
