/// Checked casts and type tests (`x as? T`, `x as! T`, `x is T`), `stride(from:to:by:)`, `zip`, `Array(sequence)` and
/// `Set(sequence)`, typed as the generator compiles them (`Compiler.compileTypeCast`, `Compiler.compileStride`,
/// `Compiler.compileZip`, `Compiler.compileArrayInitializer`, `Compiler.compileSetInitializer`).
extension TypeChecker {
    /// `x as? T` is `T?`, `x as! T` is `T` and `x is T` is Bool, when the checker can resolve `T` (the operand is
    /// checked without a context).
    func typeCast(_ operand: Expr, type typeExpr: TypeExpr, _ op: String, at location: SourceLocation) -> CType? {
        let source = check(operand, expected: nil)
        guard let target = resolve(typeExpr) else { return nil }
        if let source, refusesCast(source, target, op, at: location) { return .error }  // TypeChecker+CastRefusals
        switch op {
        case "is": return .bool
        case "as?": return .optional(target)
        case "as!": return target
        default: return nil
        }
    }

    /// `stride(from:to:by:)` and `stride(from:through:by:)`: an array of Ints or Doubles, the type of the first
    /// argument that is not a number literal (all literals: Double when one has a fraction).
    func strideCall(_ arguments: [Argument]) -> CType? {
        let labels = arguments.map(\.label)
        guard labels == ["from", "to", "by"] || labels == ["from", "through", "by"] else {
            uncheckedArguments(arguments)
            return nil
        }
        var type: CType?
        if let anchor = arguments.first(where: { !$0.value.isNumericLiteral }) {
            type = check(anchor.value, expected: nil)
        } else {
            type = arguments.contains { $0.value.containsFloatLiteral } ? .double : .int
        }
        guard let type, type == .int || type == .double else { return nil }
        var same = true
        for argument in arguments where check(argument.value, expected: type) != type { same = false }
        return same ? .array(type) : nil
    }

    /// `Array(sequence)`: the elements of an array, a range of Ints, a string or substring (Characters), a string
    /// view, a set or a declared sequence.
    func arrayConversion(_ arguments: [Argument]) -> CType? {
        guard arguments.count == 1, arguments[0].label == nil else {
            uncheckedArguments(arguments)
            return nil
        }
        let found = check(arguments[0].value, expected: nil)
        if let found, let element = compiler.placeholderSequenceElement(found) { return .array(element) }  // `Array(s)`, `S: Sequence`
        return found.flatMap(Compiler.arrayConversionResult) ?? arrayLiteralLabelMistake(found, arguments[0])
    }

    /// `[T](source)`: the array of the source's elements, whatever `T` (`Compiler.compileArrayInitializer` gives the
    /// source's own type); nil when unknown.
    func arraySourceConversion(_ argument: Argument, _ expected: CType) -> CType? {
        let found = check(argument.value, expected: expected)
        switch found {
        case .range?, .closedRange?: return .array(.int)
        case .array?: return found
        case .set(let element)?, .arraySlice(let element)?: return .array(element)
        case .string?, .substring?: return .array(.character)
        case .stringView(let view)?: return .array(view.element)
        case .stepped(let stepped)? where stepped.isSequence: return .array(stepped.element)
        default: return nil
        }
    }

    /// `zip(a, b)` of two arrays, slices, ranges of Ints, strings or an open range (`1...`): the array of their
    /// pairs, unlabelled. With `location`, an argument of a known type that is no sequence is reported there (the
    /// call then has the error type), as the generator refuses it.
    func zipCall(_ arguments: [Argument], reportingAt location: SourceLocation? = nil) -> CType? {
        guard arguments.count == 2, arguments.allSatisfy({ $0.label == nil }) else {
            uncheckedArguments(arguments)
            return nil
        }
        var elements: [TupleElement] = []
        var openRange = false
        for argument in arguments {
            // `zip(xs, 1...)`: the first open range counts up from its bound (`Compiler.zipOpenRangeStart`).
            if !openRange, let (op, bound) = Compiler.oneSidedRange(argument.value), op == Expr.postfixRange {
                openRange = true
                if check(bound, expected: .int) == .int { elements.append(TupleElement(label: nil, type: .int)) }
                continue
            }
            let before = checked.diagnostics.count
            switch check(argument.value, expected: nil) {
            case .array(let element)?, .arraySlice(let element)?: elements.append(TupleElement(label: nil, type: element))
            case .range?, .closedRange?: elements.append(TupleElement(label: nil, type: .int))
            case .string?: elements.append(TupleElement(label: nil, type: .character))
            case .stepped(let stepped)? where stepped.isSequence: elements.append(TupleElement(label: nil, type: stepped.element))
            case let type? where isClosed(type) && checked.diagnostics.count == before:
                if let location {  // the arguments after it are not compiled
                    report(.genericRequirement("global function 'zip'", type: type, protocolName: "Sequence"), at: location)
                    return .error
                }
            default: break
            }
        }
        return elements.count == 2 ? .array(.tuple(elements)) : nil
    }

    /// `Set(sequence)`: the elements of an array (or a slice), a range of Ints, a string (Characters), a string view
    /// or a set, when they are Hashable. With `location`, elements of a known type that is not Hashable are reported
    /// there, as the generator reports them (`generic struct 'Set' requires that 'P' conform to 'Hashable'`).
    func setConversion(_ arguments: [Argument], reportingAt location: SourceLocation? = nil) -> CType? {
        guard arguments.count == 1, arguments[0].label == nil else {
            uncheckedArguments(arguments)
            return nil
        }
        // `Set([nil])`: nothing binds the element type (swiftc's words, at the call).
        if let location, case .array(let items) = arguments[0].value.kind, !items.isEmpty, items.allSatisfy(Self.isNilLiteral) {
            report(.genericParameterNotInferred("Element"), at: location)
            return .error
        }
        let element: CType?
        switch check(arguments[0].value, expected: nil) {
        case .range?, .closedRange?: element = .int
        case .array(let inner)?, .set(let inner)?, .arraySlice(let inner)?: element = inner
        case .string?: element = .character
        case .stringView(let view)?: element = view.element
        case let found?:
            // `Set(5)`: the generator's `cannot build a Set from a value of type 'Int'` (`Compiler.compileSetInitializer`).
            guard let location, isClosed(found) else { return nil }
            report(.setSourceNotArray(found), at: location)
            return .error
        default: element = nil
        }
        guard let element, element.isHashable else {
            guard let location, let element, isClosed(element) else { return nil }
            report(.genericStructRequires("Set", element: element, protocolName: "Hashable"), at: location)
            return .error
        }
        return .set(element)
    }
}

extension TypeChecker {
    /// Whether a value of type `found` takes the place of an `expected` one as itself or wrapped in optionals
    /// (`1` as an element of `[Int?]`): the conversions the generator's coercion always makes.
    static func isOptionalPromotion(_ found: CType?, to expected: CType) -> Bool {
        guard let found else { return false }
        var target: CType? = expected
        while let wanted = target {
            if wanted == found { return true }
            if case .optional(let wrapped) = wanted { target = wrapped } else { target = nil }
        }
        return false
    }
}
