/// `sequence(first:next:)` and `sequence(state:next:)` typed as the generator compiles them
/// (`Compiler+UnfoldSequences`): an `UnfoldSequence` of the first value's type, or of the `next` closure's
/// optional result, its state the initial state's type.
extension TypeChecker {
    /// Reports printing a value of a stepped sequence, as the generator refuses it (`Compiler.printingRefusal`).
    func refusePrinting(_ type: CType?, at location: SourceLocation) {
        guard case .stepped(let stepped)? = type else { return }
        report(Compiler.printingRefusal(stepped), at: location)
    }

    /// `AnyIterator { … }` or `AnyIterator<T> { … }` (`Compiler.compileAnyIterator`); nil for other calls, `.some(nil)`
    /// when unknown.
    func anyIteratorCall(_ name: String, _ referent: Referent, _ arguments: [Argument], expected: CType?) -> CType?? {
        guard name == "AnyIterator" || name.hasPrefix("AnyIterator<"), compiler.userType(named: "AnyIterator") == nil,
              compiler.declarations.typeAliases["AnyIterator"] == nil else { return nil }
        var element: CType?
        if name != "AnyIterator" {
            let written = compiler.libraryIteratorType(name) { resolve(Compiler.parseTypeText($0, at: SourceLocation(line: 0, column: 0))) }
            guard case .stepped(.anyIterator(let type))? = written else { return nil }
            element = type
        } else if case .stepped(.anyIterator(let contextual))? = expected {
            element = contextual
        }
        guard arguments.count == 1, arguments[0].label == nil else {
            uncheckedArguments(arguments)
            return .some(nil)
        }
        if let element {
            let next = CType.function([], .optional(element))
            return check(arguments[0].value, expected: next) == next ? .stepped(.anyIterator(element)) : .some(nil)
        }
        guard case .function([], .optional(let produced))? = check(arguments[0].value, expected: nil) else { return .some(nil) }
        return .stepped(.anyIterator(produced))
    }

    /// `sequence(…)` calling the standard library's function; nil for any other call, `.some(nil)` when unknown.
    func unfoldSequenceCall(_ name: String, _ referent: Referent, _ arguments: [Argument], expected: CType?) -> CType?? {
        guard name == "sequence", isBuiltinName(name, referent) else { return nil }
        var element: CType?, state: CType?
        if case .stepped(.unfold(let hintedElement, let hintedState))? = expected { (element, state) = (hintedElement, hintedState) }
        switch Compiler.sequenceForm(arguments) {
        case "first"?:
            guard let first = check(arguments[0].value, expected: element) else {
                uncheckedArguments([arguments[1]])
                return .some(nil)
            }
            let next = CType.function([first], .optional(first))
            guard check(arguments[1].value, expected: next) == next else { return .some(nil) }
            return .stepped(.unfold(first, state: SteppedType.firstState(first)))
        case "state"?:
            guard case .closure(let literal) = arguments[1].value.kind,
                  let initial = check(arguments[0].value, expected: state) else {
                uncheckedArguments([arguments[1]])
                return .some(nil)
            }
            var result: CType?, typing = ReturnTyping.given
            if let annotated = literal.returnType {
                result = resolve(annotated)
            } else if let element {
                result = .optional(element)
            } else {
                typing = .inferred
            }
            let written = literal.parameters.first?.type.map(resolve)
            guard case .optional(let produced)? = closureBody(literal, at: arguments[1].value.location, parameters: [initial],
                                                              result: result, typing: result == nil && typing == .given ? .unknown : typing),
                  written == nil || written == initial else { return .some(nil) }
            return .stepped(.unfold(produced, state: initial))
        default:
            uncheckedArguments(arguments)
            return .some(nil)
        }
    }
}
