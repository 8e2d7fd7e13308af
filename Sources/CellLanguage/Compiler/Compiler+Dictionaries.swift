import Diagnostics

extension Compiler {
    /// The element type of a dictionary as a sequence: `(key: K, value: V)`.
    static func entryType(_ key: CType, _ value: CType) -> CType {
        .tuple([TupleElement(label: "key", type: key), TupleElement(label: "value", type: value)])
    }

    /// A dictionary as the array of its `(key:value:)` entries, in order.
    static func entries(_ dictionary: OrderedDictionary) -> [Value] {
        zip(dictionary.keys, dictionary.values).map { .tuple([$0, $1]) }
    }

    /// `["a": [1, 2], "b": [0.5]]`: when every one of `exprs` is a literal array of numbers, all are [Double] as soon
    /// as one holds a floating-point literal, else [Int] (Swift infers [String: [Double]]); nil otherwise.
    static func numericArrayLiteralsType(_ exprs: [Expr]) -> CType? {
        guard !exprs.isEmpty, exprs.allSatisfy({ !$0.isNumericLiteral && isNumericArrayLiteral($0) }) else { return nil }
        let hasFloat = exprs.contains { expr in
            if case .array(let items) = expr.kind { return items.contains(where: \.containsFloatLiteral) }
            return false
        }
        return .array(hasFloat ? .double : .int)
    }

    func compileDictionaryLiteral(_ pairs: [(Expr, Expr)], expected: CType?, at location: SourceLocation) -> Typed {
        var keyType: CType?
        var valueType: CType?
        if case .dictionary(let key, let value)? = expected.map({ $0.unwrapped }) {
            keyType = key
            valueType = value
        }
        // The anchors compiled without a contextual type, by node: each compiles once, its code kept for its pair.
        var anchors = IdentityTable<Expr, Typed>()
        func infer(_ exprs: [Expr]) -> CType? {
            if let numbers = Compiler.numericArrayLiteralsType(exprs) { return numbers }
            // The anchor's type is the contextual type every key or value compiles with (its own included: the same).
            if let anchor = exprs.first(where: { !$0.isNumericLiteral }) {
                guard let typed = compileIf(anchor, typeFits: { _ in true }) else { return nil }
                anchors[anchor] = typed
                return typed.type
            }
            if exprs.isEmpty { return nil }
            return exprs.contains(where: \.containsFloatLiteral) ? .double : .int
        }
        keyType = keyType ?? infer(pairs.map(\.0))
        valueType = valueType ?? infer(pairs.map(\.1))
        guard let key = keyType, let value = valueType else {
            cannotGenerate(at: location)
            return Typed(type: .dictionary(.error, .error), code: .value { _ in .dictionary(OrderedDictionary()) })
        }
        if !key.isHashable && !key.hasError {
            cannotGenerate(at: location)
            return .invalid
        }
        var codes: [((Frame) throws -> Value, (Frame) throws -> Value)] = []
        for (keyExpr, valueExpr) in pairs {
            let k = converted(anchors[keyExpr] ?? compileExpr(keyExpr, expected: key), to: key, at: keyExpr.conversionLocation)
            let v = converted(anchors[valueExpr] ?? compileExpr(valueExpr, expected: value), to: value, at: valueExpr.conversionLocation)
            codes.append((k.value, v.value))
        }
        let keying = keyFunction(for: key)
        return Typed(type: .dictionary(key, value), code: .value { frame in
            var dictionary = OrderedDictionary(keying: keying)
            for (k, v) in codes { dictionary[try k(frame)] = try v(frame) }
            return .dictionary(dictionary)
        })
    }

    /// `d[key]` (optional) and `d[key, default: v]`.
    func compileDictionarySubscript(_ container: Typed, _ key: CType, _ value: CType, _ arguments: [Argument],
                                    at location: SourceLocation) -> Typed {
        let keyCode = converted(compileExpr(arguments[0].value, expected: key), to: key, at: arguments[0].value.location).value
        let dictionary = container.value
        if arguments.count == 2 {
            let fallback = converted(compileExpr(arguments[1].value, expected: value), to: value, at: arguments[1].value.location).value
            return Typed.fromValue(value) { frame in
                let stored = try dictionary(frame).dictionaryValue[try keyCode(frame)]
                return try stored ?? fallback(frame)
            }
        }
        return Typed(type: .optional(value), code: .value { frame in
            try dictionary(frame).dictionaryValue[try keyCode(frame)] ?? .none
        })
    }

    /// The place `d[key]` (type `V?`; assigning nil removes) or `d[key, default: v]` (type `V`).
    func dictionaryElementPlace(_ container: Place, _ key: CType, _ value: CType, _ arguments: [Argument]) -> Place {
        let keyCode = converted(compileExpr(arguments[0].value, expected: key), to: key, at: arguments[0].value.location).value
        var fallback: ((Frame) throws -> Value)?
        if arguments.count == 2 {
            fallback = converted(compileExpr(arguments[1].value, expected: value), to: value, at: arguments[1].value.location).value
        }
        let outer = container.modify
        let modify: (Frame, (inout Value) throws -> Void) throws -> Void = { frame, body in
            let k = try keyCode(frame)
            let defaultValue = try fallback?(frame)
            try outer(frame) { stored in
                guard case .dictionary(var dictionary) = stored else { return }
                stored = .void
                defer { stored = .dictionary(dictionary) }
                var current = dictionary[k] ?? defaultValue ?? .none
                try body(&current)
                if case .none = current { dictionary[k] = nil } else { dictionary[k] = current }
            }
        }
        return Place(type: fallback == nil ? .optional(value) : value, modify: modify, assign: { newValue in
            let boxed = newValue.value
            return { frame in
                let value = try boxed(frame)
                try modify(frame) { $0 = value }
                return
            }
        })
    }

    /// The element type `Dictionary(grouping:by:)` groups: an array's, an array slice's or a set's; nil for others.
    static func groupedElement(of type: CType) -> CType? {
        switch type {
        case .array(let element), .arraySlice(let element), .set(let element): return element
        default: return nil
        }
    }

    /// `Dictionary(grouping:by:)`, `Dictionary(uniqueKeysWithValues:)`, `Dictionary(_:uniquingKeysWith:)`, `[K: V]()`.
    func compileDictionaryInitializer(_ type: CType, _ arguments: [Argument], at location: SourceLocation) -> Typed {
        // A trailing closure matches its parameter whatever its label: `Dictionary(grouping: xs) { ... }`, `Dictionary(pairs) { … }`.
        let labels = arguments.enumerated().map { index, argument in
            guard argument.isTrailingClosure, index == 1 else { return argument.label }
            switch arguments[0].label {
            case "grouping": return "by"
            case nil: return "uniquingKeysWith"
            default: return argument.label
            }
        }
        if labels.isEmpty, case .dictionary(let key, _) = type, !key.hasError {
            let keying = keyFunction(for: key)
            return Typed(type: type, code: .value { _ in .dictionary(OrderedDictionary(keying: keying)) })
        }
        if labels == ["grouping", "by"] {
            let source = compileExpr(arguments[0].value, expected: nil)
            guard let element = Compiler.groupedElement(of: source.type) else {
                cannotGenerate(at: location)
                return .invalid
            }
            let (keyFunction, key) = mapFunction(arguments[1], [element])
            guard key.isHashable else {
                cannotGenerate(at: location)
                return .invalid
            }
            let elements = source.value, keying = self.keyFunction(for: key)
            return Typed(type: .dictionary(key, .array(element)), code: .value { frame in
                let values: [Value]
                switch try elements(frame) {
                case .set(let storage): values = storage.keys  // a Set's elements, in its order
                case let other: values = SliceValue.elements(other).arrayValue
                }
                guard case .function(let f) = try keyFunction(frame) else { return .void }
                var groups = OrderedDictionary(keying: keying)
                for value in values {
                    let k = try f.call(value)
                    var group = groups[k]?.arrayValue ?? []
                    if !group.isEmpty { groups[k] = .void }   // `group` is then its only owner: no copy to append
                    group.append(value)
                    groups[k] = .array(group)
                }
                return .dictionary(groups)
            })
        }
        if labels == ["uniqueKeysWithValues"] {
            let source = compileExpr(arguments[0].value, expected: nil)
            guard case .array(.tuple(let parts)) = source.type, parts.count == 2, parts[0].type.isHashable else {
                cannotGenerate(at: location)
                return .invalid
            }
            let elements = source.value, keying = keyFunction(for: parts[0].type)
            return Typed(type: .dictionary(parts[0].type, parts[1].type), code: .value { frame in
                var result = OrderedDictionary(keying: keying)
                let pairs = try elements(frame).arrayValue
                var work = LongWork(count: pairs.count, at: location)
                for pair in pairs {
                    try work.step()
                    let parts = pair.tupleValue
                    guard parts.count == 2 else { continue }
                    if result[parts[0]] != nil {
                        throw RuntimeError(message: "Fatal error: Duplicate values for key: '\(try ValueFormatter.describe(parts[0], as: .error, at: location))'",
                                           location: location)
                    }
                    result[parts[0]] = parts[1]
                }
                return .dictionary(result)
            })
        }
        if labels == [nil, "uniquingKeysWith"] { return compileUniquingDictionary(arguments, at: location) }
        cannotGenerate(at: location)
        return .invalid
    }

    /// Whether `expr` is an array literal whose elements are all number literals (`[1, 2.5, -3]`).
    static func isNumericArrayLiteral(_ expr: Expr) -> Bool {
        guard case .array(let items) = expr.kind, !items.isEmpty else { return false }
        return items.allSatisfy(\.isNumericLiteral)
    }
}
