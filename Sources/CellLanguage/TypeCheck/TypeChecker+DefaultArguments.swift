/// Default argument values (`init(name: String, text: String? = nil)`, `func f(scale: Double = 1)`), compiled once
/// when the compiler declares the function, against the parameter's type (`Compiler.declareFunction`): a literal (or `[]`)
/// one is typed with that type as its context (a literal of another type is the generator's `default argument value of
/// type 'String' cannot be converted to type 'Int'`); a name nothing declares is unknown. Other default values (names,
/// calls) are left to the generator, which compiles them in the scope the function is declared in.
extension TypeChecker {
    /// Checks the default value of `parameter`, declared with the type `type`, when it is a literal: in a body compiled
    /// once (a protocol extension's too), and in a body compiled per specialization or conforming type for its types
    /// only (each specialization compiles it: `start: Int = 0` in `contains<T>`), not under the placeholders.
    func defaultArgument(_ parameter: FunctionDecl.Parameter, _ type: CType) {
        // `= nilq`: a name nothing declares, reported wherever the function is declared (`cannot find 'nilq' in scope`).
        if specialization == nil, let value = parameter.defaultValue, case .name(let name) = value.kind,
           reportsUnknownName(value, name) { return }
        let once = specialization == nil && genericSelf == nil && conformingSelf == nil
        guard let value = parameter.defaultValue, !parameter.isVariadic, !parameter.isInout, !type.hasError,
              once || (specialization != nil && !bodyContext.reportsPlaceholderMistakes) else { return }
        switch value.kind {
        case .nilLiteral, .intLiteral, .floatLiteral, .boolLiteral: break
        case .stringLiteral where Compiler.isPlainTextLiteral(value): break
        case .array(let elements) where elements.isEmpty: break  // `children: [Value] = []`
        default: return
        }
        _ = checkConverting(value, to: type) { .defaultArgumentType($0, expected: $1) }  // as the generator's `coerce` words it
    }
}
