import Diagnostics

extension Compiler {
    /// A set's elements as an array value, in order.
    static func setElements(_ value: Value) -> [Value] {
        if case .set(let storage) = value { return storage.keys }
        return value.arrayValue
    }

    /// A set value from elements (duplicates dropped, first occurrence kept), its keys made by `keying`
    /// (`Compiler.keyFunction(for:)` of the element type).
    static func makeSet(_ elements: [Value], keying: KeyFunction?) -> Value {
        buildSet(elements, keying) {}
    }

    /// `makeSet` checking the cell's deadline as it goes when `elements` is large (`LongWork`).
    static func makeSet(_ elements: [Value], keying: KeyFunction?, at location: SourceLocation) throws -> Value {
        var work = LongWork(count: elements.count, at: location)
        return try buildSet(elements, keying) { try work.step() }
    }

    private static func buildSet(_ elements: [Value], _ keying: KeyFunction?, _ step: () throws -> Void) rethrows -> Value {
        var storage = OrderedDictionary(keying: keying)
        for element in elements {
            if storage[element] == nil { storage[element] = .void }
            try step()
        }
        return .set(storage)
    }

    /// A set typed expression seen as `[Element]` (for the collection methods it shares with arrays).
    static func setAsArray(_ typed: Typed, _ element: CType) -> Typed {
        let code = typed.value
        return Typed(type: .array(element), code: .value { .array(Compiler.setElements(try code($0))) })
    }

    /// `Set([1, 2])`, `Set<Int>()`, `Set(xs)`, `Set("abc")`.
    func compileSetInitializer(_ element: CType, _ arguments: [Argument], at location: SourceLocation) -> Typed {
        if arguments.isEmpty, !element.hasError {
            let keying = keyFunction(for: element)
            return Typed(type: .set(element), code: .value { _ in .set(OrderedDictionary(keying: keying)) })
        }
        guard arguments.count == 1, arguments[0].label == nil else {
            cannotGenerate(at: location)
            return .invalid
        }
        var source = Compiler.sliceAsArray(compileExpr(arguments[0].value, expected: element.hasError ? nil : .array(element)))
        switch source.type {
        case .string: source = Compiler.charactersOf(source, at: location)
        case .stringView: source = StringViewMembers.elements(source)
        case .range, .closedRange:
            let bounds = source.value
            source = Typed(type: .array(.int), code: .value { frame in
                guard case .range(let lower, let upper, let closed) = try bounds(frame) else { return .array([]) }
                return .array(try AllocationLimit.rangeElements(lower, upper, closed: closed, at: location))
            })
        case .set(let inner): source = Compiler.setAsArray(source, inner)
        default: break
        }
        guard case .array(let inner) = source.type, inner.isHashable else {
            cannotGenerate(at: location)  // no hashable elements to key the set by
            return .invalid
        }
        let code = source.value, keying = keyFunction(for: inner)
        return Typed(type: .set(inner), code: .value { try Compiler.makeSet(try code($0).arrayValue, keying: keying, at: location) })
    }
}
