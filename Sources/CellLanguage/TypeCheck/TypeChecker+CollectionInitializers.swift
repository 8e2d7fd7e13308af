/// Initializers of sets and dictionaries: `Set<T>()`, `Set<T>(xs)`, `Dictionary<K, V>()`, `Dictionary(grouping:by:)`
/// and `Dictionary(uniqueKeysWithValues:)`, typed as `Compiler.compileSetInitializer` and
/// `compileDictionaryInitializer` compile them.
extension TypeChecker {
    /// A call of a type written with its arguments (`Set<String>()`): nil when it is not a set or a dictionary,
    /// `.some(nil)` when unknown.
    func collectionInitializer(_ typeExpr: TypeExpr, _ arguments: [Argument]) -> CType?? {
        switch resolve(typeExpr) {
        case .array(let element)?:  // `[(Int) -> Int]()`: an array of functions is spelled as a written type
            return .some(arrayInitializer(element, arguments))
        case .set(let element)?:
            return .some(setInitializer(element, arguments))
        case .dictionary(let key, let value)? where arguments.isEmpty:
            return .some(.dictionary(key, value))
        case .dictionary?:
            return .some(dictionaryInitializer(arguments))
        default:
            return nil
        }
    }

    /// `Set<T>()` and `Set<T>(source)`: the source's elements decide the set's element type, as in the generator.
    func setInitializer(_ element: CType, _ arguments: [Argument]) -> CType? {
        if arguments.isEmpty { return .set(element) }
        guard arguments.count == 1, arguments[0].label == nil else {
            uncheckedArguments(arguments)
            return nil
        }
        let inner: CType?
        switch check(arguments[0].value, expected: .array(element)) {
        case .array(let items)?, .arraySlice(let items)?, .set(let items)?: inner = items
        case .range?, .closedRange?: inner = .int
        case .string?: inner = .character
        case .stringView(let view)?: inner = view.element
        default: inner = nil
        }
        guard let inner, inner.isHashable else { return nil }
        return .set(inner)
    }

    /// `Dictionary(…)` by labels: the dictionary's type, nil when unknown (or refused by the generator).
    func dictionaryInitializer(_ arguments: [Argument]) -> CType? {
        // A trailing closure matches its parameter whatever its label: `Dictionary(grouping: xs) { … }`.
        let labels = arguments.enumerated().map { index, argument in
            guard argument.isTrailingClosure, index == 1 else { return argument.label }
            switch arguments[0].label {
            case "grouping": return "by"
            case nil: return "uniquingKeysWith"
            default: return argument.label
            }
        }
        if labels == ["grouping", "by"] {
            let source = check(arguments[0].value, expected: nil)
            guard let element = source.flatMap(Compiler.groupedElement),
                  let key = transformResult(arguments[1], element), key.isHashable else { return nil }
            return .dictionary(key, .array(element))
        }
        if labels == ["uniqueKeysWithValues"] {
            guard case .array(.tuple(let parts))? = check(arguments[0].value, expected: nil), parts.count == 2,
                  parts[0].type.isHashable else { return nil }
            return .dictionary(parts[0].type, parts[1].type)
        }
        if labels == [nil, "uniquingKeysWith"] {
            guard case .array(.tuple(let parts))? = check(arguments[0].value, expected: nil), parts.count == 2,
                  parts[0].type.isHashable else { return nil }
            let combine = CType.function([parts[1].type, parts[1].type], parts[1].type)
            guard check(arguments[1].value, expected: combine) == combine else { return nil }
            return .dictionary(parts[0].type, parts[1].type)
        }
        uncheckedArguments(arguments)
        return nil
    }
}
