import Diagnostics

/// How a call's arguments fit parameters (by label, in order, defaults left out), decided as swiftc decides it: the
/// type checker reports its mistakes, the generator builds the matched calls.
enum ArgumentMatch {
    /// The argument each parameter takes (nil: its default).
    case matched([Int?])
    /// The first mismatch as swiftc reports it, and where.
    case mistake(CompileError, SourceLocation)
    /// A mismatch swiftc words otherwise (not reported here).
    case unmatched

    /// Among overloads none of which takes a call's labels, the one swiftc diagnoses as mislabelled (its index): the
    /// only one with as many parameters as the call has arguments (none with a default), when the call has one
    /// argument, no labels, or a label where that overload has it (`Color(0.0, 1.0, 0.0)` for
    /// `init(red:green:blue:)` beside `init(white:)`: `missing argument labels 'red:green:blue:' in call`); nil
    /// otherwise (swiftc's `no exact matches`). Shared by the generator and the type checker.
    static func mislabelledOverload(_ overloads: [[ParameterShape]], _ arguments: [Argument]) -> Int? {
        let sameCount = overloads.indices.filter { overloads[$0].count == arguments.count && !overloads[$0].contains(where: \.hasDefault) }
        guard sameCount.count == 1, let index = sameCount.first else { return nil }
        let shapes = overloads[index]
        let labelled = arguments.count == 1 || arguments.allSatisfy { $0.label == nil }
            || zip(arguments, shapes).contains { $0.label != nil && $0.label == $1.label }
        return labelled ? index : nil
    }

    /// Among overloads none of which takes a call's labels and none of which `mislabelledOverload` finds, the only
    /// one whose parameter count admits the arguments (those without a default at most, all at least), when every
    /// other overload needs more arguments or each label it does not have in place is left out, another of its
    /// labels, or a typo of its own (`SwiftcArgumentMatcher.typoScore`, labels of two letters or more): `t.sum(axs: 0)` for `sum()` beside
    /// `sum(axis:keepDims:)` is `incorrect argument label in call (have 'axs:', expected 'axis:')`, where swiftc
    /// takes `sum()` for `t.sum(zz: 1)` (an argument too many, not modelled); nil otherwise.
    static func admittingOverload(_ overloads: [[ParameterShape]], _ arguments: [Argument]) -> Int? {
        if let index = mislabelledOverload(overloads, arguments) { return index }
        let required = overloads.map { shapes in shapes.filter { !$0.hasDefault }.count }
        let admitting = overloads.indices.filter { required[$0] <= arguments.count && arguments.count <= overloads[$0].count }
        guard admitting.count == 1, let index = admitting.first else { return nil }
        let othersNeedMore = overloads.indices.allSatisfy { $0 == index || required[$0] > arguments.count }
        let shapes = overloads[index]
        let typos = zip(arguments, shapes).allSatisfy { argument, shape in
            // A label left out, or one of another of its parameters (a missing argument), is no other overload's.
            guard let written = argument.label, argument.label != shape.label else { return true }
            if shapes.contains(where: { $0.label == written }) { return true }
            guard let label = shape.label, written.count > 1, label.count > 1 else { return false }
            return SwiftcArgumentMatcher.typoScore(label, written, limit: nil) != nil
        }
        return othersNeedMore || typos ? index : nil
    }

    /// Matches call arguments to parameters by label, in order, or finds the first mismatch as swiftc reports it:
    /// wrong labels at the call's opening parenthesis (`opening`), a missing last argument at its closing one
    /// (`closing`; `location` when unknown). Shared by the generator and the type checker.
    static func match(_ parameters: [ParameterShape], _ arguments: [Argument], opening: SourceLocation?,
                      closing: SourceLocation?, at location: SourceLocation) -> ArgumentMatch {
        // `f(1)` for `f()`: at the one argument's value, at the opening parenthesis for several.
        if parameters.isEmpty, let first = arguments.first, !arguments.contains(where: \.isTrailingClosure) {
            return .mistake(.argumentsToNoParameters(inSubscript: false), arguments.count == 1 ? first.value.location : opening ?? first.location)
        }
        if let extra = extraArguments(parameters, arguments), extra.count >= 2, let first = arguments.first {
            return .mistake(.subscriptArguments(.extraArguments(positions: extra.map { $0 + 1 })), opening ?? first.location)
        }
        switch SwiftcArgumentMatcher.verdict(parameters, arguments) {
        case .outOfOrder(let moved, let before):
            let argument = arguments[moved], other = arguments[before]
            return .mistake(.argumentOutOfOrder(label: argument.label, position: moved + 1, before: other.label,
                                                beforePosition: before + 1), argument.location)
        case .relabel(let expected):
            if let mistake = labelMistake(arguments, expected: expected) {
                return .mistake(mistake, labelMistakeLocation(arguments, opening: opening))
            }
        case .other:
            break
        }
        var result: [Int?] = []
        var next = 0
        for (index, parameter) in parameters.enumerated() {
            if next < arguments.count {
                let argument = arguments[next]
                let fits = argument.isTrailingClosure ? parameter.isFunction : argument.label == parameter.label
                if fits {
                    result.append(next)
                    next += 1
                    continue
                }
            }
            if parameter.hasDefault {
                result.append(nil)
                continue
            }
            guard next < arguments.count else {
                return .mistake(.missingArgument(label: parameter.label, position: index + 1), closing ?? location)
            }
            let argument = arguments[next]
            let laterParameterFits = parameters[(index + 1)...].contains { $0.label == argument.label }
            if argument.isTrailingClosure, !laterParameterFits {
                return .mistake(.trailingClosureNotFunction(parameter.type), argument.location)
            } else if laterParameterFits {
                // The argument belongs to a later parameter: this one is missing (swiftc reports it there).
                return .mistake(.missingArgument(label: parameter.label, position: index + 1), argument.location)
            } else if argument.label != nil, parameter.label != nil {
                return .mistake(.incorrectArgumentLabels(have: arguments.map(\.label), expected: expectedLabels(parameters, arguments)),
                                opening ?? argument.location)
            } else if let expected = parameter.label {
                return .mistake(.missingArgumentLabel(expected), labelMistakeLocation(arguments, opening: opening))
            } else if let have = argument.label {
                return .mistake(.extraneousArgumentLabel(have), opening ?? argument.location)
            }
            return .unmatched
        }
        if next < arguments.count {
            let argument = arguments[next]
            // `h(1, scal: 2)` for `h(_:scale:)`: no more arguments than parameters, and a label none of them has, is
            // a misspelled label, which swiftc reports against the parameters taken in order (not an extra argument).
            if arguments.count <= parameters.count, let label = argument.label, !parameters.contains(where: { $0.label == label }),
               !arguments.contains(where: \.isTrailingClosure) {
                return .mistake(.incorrectArgumentLabels(have: arguments.map(\.label), expected: expectedLabels(parameters, arguments)),
                                opening ?? argument.location)
            }
            return .mistake(.extraArgument(argument.label), argument.value.location)
        }
        return .matched(result)
    }

    /// The arguments swiftc leaves unclaimed (`SwiftcArgumentMatcher.unclaimedArguments`) when there are more
    /// arguments than parameters and no trailing closure: two or more are `extra arguments at positions #3, #4 in
    /// call` (`f(1, 2, 3)` for `f(_:)`, `S(w: 1, h: 2)` for `init(square:)`); nil otherwise.
    private static func extraArguments(_ parameters: [ParameterShape], _ arguments: [Argument]) -> [Int]? {
        guard arguments.count > parameters.count, !arguments.contains(where: \.isTrailingClosure) else { return nil }
        return SwiftcArgumentMatcher.unclaimedArguments(parameters, arguments)
    }

    /// Where swiftc reports a label mistake (`ArgumentList::getLoc`): at a lone unlabelled argument, else at the
    /// opening parenthesis.
    static func labelMistakeLocation(_ arguments: [Argument], opening: SourceLocation?) -> SourceLocation {
        arguments.count == 1 && arguments[0].label == nil ? arguments[0].location : opening ?? arguments[0].location
    }

    /// swiftc's words for arguments whose labels are to be `expected` (`diagnoseArgumentLabelError`): missing labels
    /// alone, extraneous labels alone, or else both lists of labels; nil when they already are.
    static func labelMistake(_ arguments: [Argument], expected: [String?]) -> CompileError? {
        var missing: [String] = [], extraneous: [String] = [], wrong = 0
        for (argument, label) in zip(arguments, expected) where argument.label != label {
            if let label, argument.label == nil {
                missing.append(label)
            } else if let written = argument.label, label == nil {
                extraneous.append(written)
            } else {
                wrong += 1
            }
        }
        if wrong > 0 || (!missing.isEmpty && !extraneous.isEmpty) {
            return .incorrectArgumentLabels(have: arguments.map(\.label), expected: expected)
        }
        if missing.count == 1 { return .missingArgumentLabel(missing[0]) }
        if !missing.isEmpty { return .missingArgumentLabels(missing) }
        if extraneous.count == 1 { return .extraneousArgumentLabel(extraneous[0]) }
        return extraneous.isEmpty ? nil : .extraneousArgumentLabels(extraneous)
    }

    /// The labels swiftc expects in its "incorrect argument labels" message: those of the parameters the arguments
    /// take in order (the first as many as there are arguments), or all of them for more arguments than parameters.
    private static func expectedLabels(_ parameters: [ParameterShape], _ arguments: [Argument]) -> [String?] {
        parameters.prefix(arguments.count).map(\.label)
    }
}
