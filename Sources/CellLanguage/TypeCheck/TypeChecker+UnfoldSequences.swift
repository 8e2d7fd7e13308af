/// `sequence(first:next:)` and `sequence(state:next:)` typed as the generator compiles them
/// (`Compiler+UnfoldSequences`): an `UnfoldSequence` of the first value's type, or of the `next` closure's
/// optional result, its state the initial state's type.
extension TypeChecker {
    /// Reports printing a value of a stepped sequence, as the generator refuses it (`Compiler.printingRefusal`).
    func refusePrinting(_ type: CType?, at location: SourceLocation) {
        guard case .stepped(let stepped)? = type else { return }
        report(Compiler.printingRefusal(stepped), at: location)
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
