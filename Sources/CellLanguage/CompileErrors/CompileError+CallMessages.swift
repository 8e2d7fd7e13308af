extension CompileError {
    /// The message of a call error, or nil for another category.
    var callMessage: String? {
        switch self {
        case .missingArgument(let label, let position):
            return "missing argument for parameter \(label.map { "'\($0)'" } ?? "#\(position)") in call"
        case .incorrectArgumentLabels(let have, let expected):
            let spell = { (labels: [String?]) in labels.map { ($0 ?? "_") + ":" }.joined() }
            // Plural when more than one label is wrong (`have 'a:y:', expected 'a:b:'` is one), as swiftc words it.
            let wrong = have.count == expected.count ? zip(have, expected).filter { $0 != $1 }.count : have.count
            return "incorrect argument label\(wrong > 1 ? "s" : "") in call (have '\(spell(have))', expected '\(spell(expected))')"
        case .missingArgumentLabel(let label, let inSubscript):
            return "missing argument label '\(label):' in \(inSubscript ? "subscript" : "call")"
        case .extraneousArgumentLabel(let label): return "extraneous argument label '\(label):' in call"
        case .missingArgumentLabels(let labels): return "missing argument labels '\(labels.map { $0 + ":" }.joined())' in call"
        case .extraneousArgumentLabels(let labels):
            return "extraneous argument labels '\(labels.map { $0 + ":" }.joined())' in call"
        case .argumentOutOfOrder(let label, let position, let before, let beforePosition):
            let name = { (label: String?, position: Int) in label.map { "argument '\($0)'" } ?? "unnamed argument #\(position)" }
            return "\(name(label, position)) must precede \(name(before, beforePosition))"
        case .extraArgument(let label): return label.map { "extra argument '\($0)' in call" } ?? "extra argument in call"
        case .argumentsToNoParameters(let inSubscript): return "argument passed to \(inSubscript ? "subscript" : "call") that takes no arguments"
        case .noMatchingGlobalFunction(let name): return "no exact matches in call to global function '\(name)'"
        case .noMatchingSubscript: return "no exact matches in call to subscript"
        case .noMatchingInstanceMethod(let name, _): return "no exact matches in call to instance method '\(name)'"
        case .noMatchingInitializer: return "no exact matches in call to initializer"
        case .noMatchingCall(let name): return "no exact matches in call to '\(name)'"
        case .notAFunction(let type): return "cannot call value of non-function type '\(type)'"
        case .optionalNotUnwrapped(let type, let wrapped):
            return "value of optional type '\(type)' must be unwrapped to a value of type '\(wrapped)'"
        case .inoutNeedsAmpersand(let type): return "passing value of type '\(type)' to an inout parameter requires explicit '&'"
        case .ampersandOutsideArgument: return "'&' may only be used to pass an argument to inout parameter"
        case .ampersandNonInoutArgument(let type): return "'&' used with non-inout argument of type '\(type)'"
        case .closureArgumentCount(_, let expected, 0):
            return "contextual type for closure argument list expects \(expected) argument\(expected == 1 ? "" : "s"), which cannot be implicitly ignored"
        case .closureArgumentCount(let type, let expected, let used):
            return "contextual closure type '\(type)' expects \(expected) argument\(expected == 1 ? "" : "s"), but \(used) \(used == 1 ? "was" : "were") used in closure body"
        case .closureParameterNotInferred(let name):
            return "cannot infer type of closure parameter '\(name)' without a type annotation"
        case .keyPathRootNotInferred:
            return "cannot infer key path type from context; consider explicitly specifying a root type"
        case .missingReturn(let role, let type): return "missing return in \(role.rawValue) expected to return '\(type)'"
        case .conflictingGenericArguments(let first, let second, let parameter):
            return "conflicting arguments to generic parameter '\(parameter)' ('\(first)' vs. '\(second)')"
        case .functionRequiresComparable(let name, let type):
            // A tuple or a function can conform to no protocol: swiftc says so instead.
            if "\(type)".hasPrefix("(") { return "type '\(type)' cannot conform to 'Comparable'" }
            return "global function '\(name)' requires that '\(type)' conform to 'Comparable'"
        case .argumentDoesNotConform(let type, let protocolName):
            return "argument type '\(type)' does not conform to expected type '\(protocolName)'"
        case .strideLabels: return "stride takes (from:to:by:) or (from:through:by:)"
        case .strideBounds: return "stride requires Int or Double bounds"
        case .zipArguments: return "zip takes two unlabelled sequences"
        case .compactMapNeedsOptional(let type): return "compactMap needs a closure returning an optional, not '\(type)'"
        case .flatMapNeedsArray(let type): return "flatMap needs a closure returning an array, not '\(type)'"
        case .flatMapNeedsOptional(let type): return "flatMap needs a closure returning an optional, not '\(type)'"
        case .reduceIntoNeedsClosureLiteral: return "reduce(into:_:) needs a closure literal in nbrun cells"
        case .reduceIntoClosureType(let type, let result, let element):
            return "cannot convert value of type '\(type)' to expected argument type '(inout \(result), \(element)) throws -> ()'"
        case .characterSetNotWritten:
            return "a character set is written at the call in nbrun cells: a named set (.whitespaces, .letters, "
                + ".decimalDigits …), CharacterSet(charactersIn: \"…\"), .inverted, .union(…)"
        case .groupingNeedsArray(let type): return "Dictionary(grouping:by:) needs an array or a set, not '\(type)'"
        case .uniqueKeysNeedsPairs(let type):
            return "Dictionary(uniqueKeysWithValues:) needs an array of (key, value) pairs, not '\(type)'"
        case .setSourceNotArray(let type): return "cannot build a Set from a value of type '\(type)'"
        case .declaredClosureResult(let declared, let contextual):
            return "declared closure result '\(declared)' is incompatible with contextual type '\(contextual)'"
        default: return nil
        }
    }
}

fileprivate extension DefaultStringInterpolation {
    /// A type in a message, as swiftc spells it (`any P` for an existential: `CType.spelledInMessages`).
    mutating func appendInterpolation(_ type: CType) { appendLiteral(type.spelledInMessages) }
}
