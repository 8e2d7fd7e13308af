import Diagnostics

/// `sequence(first:next:)` and `sequence(state:next:)`: unfolding sequences (`CType.stepped`), run one element at a
/// time (`SteppedValue`), so a sequence without end may be iterated until `break`, or cut by `prefix(_:)`.
extension Compiler {
    /// The argument labels of the two `sequence` functions (a trailing closure may stand for `next:`).
    static func sequenceForm(_ arguments: [Argument]) -> String? {
        guard arguments.count == 2, let first = arguments[0].label, first == "first" || first == "state",
              arguments[1].label == "next" || (arguments[1].label == nil && arguments[1].isTrailingClosure) else { return nil }
        return first
    }

    /// `sequence(first: x, next: f)` or `sequence(state: s, next: f)`; other shapes are refused at the name.
    func compileSequenceCall(_ arguments: [Argument], expected: CType?, at location: SourceLocation) -> Typed {
        switch Compiler.sequenceForm(arguments) {
        case "first"?: return compileUnfoldFirst(arguments, expected: expected)
        case "state"?: return compileUnfoldState(arguments, expected: expected)
        default:
            cannotGenerate(at: location)
            return .invalid
        }
    }

    /// `sequence(first: x, next: f)`: `x`, then `f` of the previous element until it gives nil.
    private func compileUnfoldFirst(_ arguments: [Argument], expected: CType?) -> Typed {
        var hint: CType?
        if case .stepped(.unfold(let element, _))? = expected { hint = element }
        let first = compileExpr(arguments[0].value, expected: hint)
        let element = first.type
        guard !element.hasError else {
            _ = compileExpr(arguments[1].value, expected: nil)
            return .invalid
        }
        let next = compileFunctionArgument(arguments[1], [element], .optional(element))
        let start = first.value
        return Typed(type: .stepped(.unfold(element, state: SteppedType.firstState(element))), code: .value { frame in
            let initial = try start(frame)
            guard case .function(let step) = try next(frame) else { return .none }
            return .native(SteppedValue.unfolding(first: initial, step))
        })
    }

    /// `sequence(state: s, next: f)`: `f` called with the state as an inout parameter until it gives nil. The
    /// closure must be a literal (it is compiled over the state's slot, as `reduce(into:_:)`'s is).
    private func compileUnfoldState(_ arguments: [Argument], expected: CType?) -> Typed {
        var stateHint: CType?, resultHint: CType?
        if case .stepped(.unfold(let element, let state))? = expected { (stateHint, resultHint) = (state, .optional(element)) }
        let initial = compileExpr(arguments[0].value, expected: stateHint)
        guard case .closure(let literal) = arguments[1].value.kind else {
            cannotGenerate(at: arguments[1].value.location)
            return .invalid
        }
        guard !initial.type.hasError else { return .invalid }
        let state = initial.type
        let closure = compileClosure(literal, parameterHints: [state], returnHint: resultHint,
                                     at: arguments[1].value.location, firstParameterInout: true)
        let writtenNotInout = literal.parameters.first?.type != nil && literal.inoutParameters.first == false
        guard case .function(let parameters, .optional(let element)) = closure.type, parameters == [state], !writtenNotInout else {
            cannotGenerate(at: arguments[1].value.location)
            return .invalid
        }
        let start = initial.value, code = closure.value
        return Typed(type: .stepped(.unfold(element, state: state)), code: .value { frame in
            let initialState = try start(frame)
            guard case .function(let step) = try code(frame) else { return .none }
            return .native(SteppedValue.unfolding(initialState, step))
        })
    }

    /// `IndexingIterator<[Int]>` (or of a range) or `AnyIterator<Int>` written as a type, when no declared type has the
    /// name: the iterator of the type `resolve` gives for the written argument (the generator and the checker resolve
    /// it alike); nil for other names and other collections (which `unmodelledLibraryType` refuses).
    func libraryIteratorType(_ name: String, resolve: (String) -> CType?) -> CType? {
        let base = String(name.prefix { $0 != "<" })
        guard base == "IndexingIterator" || base == "AnyIterator", name.hasSuffix(">"), userType(named: base) == nil,
              declarations.typeAliases[base] == nil else { return nil }
        let texts = Compiler.splitTypeArguments(String(name.dropFirst(base.count + 1).dropLast()))
        guard texts.count == 1, let argument = resolve(texts[0]), !argument.hasError else { return nil }
        if base == "AnyIterator" { return .stepped(.anyIterator(argument)) }
        switch argument {
        case .array, .range, .closedRange: return .stepped(.iterator(argument))
        default: return nil
        }
    }

    /// `AnyIterator { … }` or `AnyIterator<T> { … }`: an iterator calling the closure for each element; the element
    /// type written, given by the context or the closure's result. Nil when `name` is not `AnyIterator`.
    func compileAnyIterator(_ name: String, _ arguments: [Argument], expected: CType?, at location: SourceLocation) -> Typed? {
        guard name == "AnyIterator" || name.hasPrefix("AnyIterator<"), userType(named: "AnyIterator") == nil else { return nil }
        var element: CType?
        if name != "AnyIterator" {
            guard case .stepped(.anyIterator(let written)) = resolveType(.named(name, location)) else { return .invalid }
            element = written
        } else if case .stepped(.anyIterator(let contextual))? = expected {
            element = contextual
        }
        guard arguments.count == 1, arguments[0].label == nil else {
            cannotGenerate(at: location)
            return .invalid
        }
        let code: (Frame) throws -> Value
        if let element {
            code = compileFunctionArgument(arguments[0], [], .optional(element))
        } else {
            let typed = compileExpr(arguments[0].value, expected: nil)
            guard case .function([], .optional(let produced)) = typed.type else {
                cannotGenerate(at: arguments[0].value.location)
                return .invalid
            }
            (element, code) = (produced, typed.value)
        }
        return Typed(type: .stepped(.anyIterator(element ?? .error)), code: .value { frame in
            guard case .function(let next) = try code(frame) else { return .none }
            return .native(SteppedValue.generating(next))
        })
    }

    /// `a...` seen as the stepped sequence of the Ints from `a` up (for-in and the `Sequence` members that may stop).
    @Sendable static func partialRangeAsStepped(_ range: Typed, _ location: SourceLocation) -> Typed {
        let bound = range.value
        return Typed(type: .stepped(.countingFrom), code: .value { frame in
            .native(SteppedValue.counting(from: try bound(frame).intValue, at: location))
        })
    }

    /// The elements of a stepped sequence as an array (every element until the end).
    static func steppedElements(_ source: Typed, at location: SourceLocation) -> Typed {
        guard case .stepped(let stepped) = source.type else { return source }
        let code = source.value
        return Typed(type: .array(stepped.element), code: .value { frame in
            .array(try SteppedValue.of(try code(frame)).elements(at: location))
        })
    }

    /// The iteration of a `for` loop over a stepped sequence, in a hidden variable of the enclosing scope: `start`
    /// stores the sequence's value, `next` steps it and gives the element or `.none`.
    func steppedIteration(_ source: Typed, _ sequence: Expr) -> (start: (Frame) throws -> Void, next: (Frame) throws -> Value)? {
        guard case .stepped = source.type else { return nil }
        let slot = scope.context.allocate(source.type)
        let variable = declareVariable("$stepped\(scope.context.level).\(slot)", type: source.type, isLet: false,
                                       at: sequence.location, slot: slot)
        let access = frameAccessor(level: variable.level), code = source.value
        return ({ frame in access(frame).values[slot] = try code(frame) }, { frame in
            let held = access(frame)
            let (element, rest) = try SteppedValue.of(held.values[slot]).next()
            held.values[slot] = .native(rest)
            return element
        })
    }
}
