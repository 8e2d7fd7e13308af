import Diagnostics

extension Compiler {
    /// For an enum declared `Comparable` without raw values and without its own `<`: the synthesized order (SE-0266)
    /// — cases in declaration order, then, for the same case, the associated values in order, each by its own `<`.
    /// Nil for other types, and for payloads whose types have no `<` (or hold the enum itself).
    func synthesizedLess(_ type: UserType, at location: SourceLocation) -> ((Value, Value) throws -> Bool)? {
        guard type.kind == .enumeration, type.conformances.contains("Comparable"), type.rawType == nil,
              type.staticMethods["<"] == nil else { return nil }
        guard type.cases.contains(where: { $0.payload != nil }) else {
            return { a, b in Compiler.caseIndex(a) < Compiler.caseIndex(b) }
        }
        guard let payloadLess = payloadComparators(type, at: location) else { return nil }
        return { a, b in
            guard case .variant(let first, let x) = a, case .variant(let second, let y) = b else { return false }
            if first != second { return first < second }
            let comparators = payloadLess[first]
            for index in comparators.indices where index < x.count && index < y.count {
                if try comparators[index](x[index], y[index]) { return true }
                if try comparators[index](y[index], x[index]) { return false }
            }
            return false
        }
    }

    /// The `<` of every associated value of every case of `type`, or nil when one has none.
    private func payloadComparators(_ type: UserType, at location: SourceLocation) -> [[(Value, Value) throws -> Bool]]? {
        var result: [[(Value, Value) throws -> Bool]] = []
        for enumCase in type.cases {
            var comparators: [(Value, Value) throws -> Bool] = []
            for element in enumCase.payload ?? [] {
                guard Compiler.hasLess(element.type, excluding: type) else { return nil }
                let saved = diagnostics
                let less = lessThan(element.type, at: location)
                diagnostics = saved
                guard let less else { return nil }
                comparators.append(less)
            }
            result.append(comparators)
        }
        return result
    }

    /// Whether values of `type` have a `<` nbrun can call (not `excluded`, the enum being synthesized); the type
    /// checker's rule too (`TypeChecker.hasSynthesizedOrder`).
    static func hasLess(_ type: CType, excluding excluded: UserType) -> Bool {
        switch type {
        case .int, .double, .string, .character: return true
        case .user(let userType):
            if userType === excluded { return false }
            if let declared = userType.staticMethods["<"] {  // one `lessThan` calls
                return declared.contains { $0.parameters.count == 2 && $0.returnType == .bool }
            }
            return userType.kind == .enumeration && userType.conformances.contains("Comparable") && userType.rawType == nil
                && userType.cases.allSatisfy { ($0.payload ?? []).allSatisfy { hasLess($0.type, excluding: excluded) } }
        default: return false
        }
    }

    private static func caseIndex(_ value: Value) -> Int {
        if case .variant(let index, _) = value { return index }
        return 0
    }

    /// The error for an enum declared `Comparable` with associated values whose order cannot be synthesized: swiftc's
    /// when a value's type has no `<`, nbrun's refusal when a value holds the enum itself; nil when it can.
    func synthesizedComparableError(_ type: UserType, at location: SourceLocation) -> CompileError? {
        guard type.cases.contains(where: { $0.payload != nil }), synthesizedLess(type, at: location) == nil else { return nil }
        let recursive = type.cases.contains { ($0.payload ?? []).contains { if case .user(let inner) = $0.type { return inner === type } else { return false } } }
        return recursive ? .unsupported(.comparablePayloadEnum) : .notComparable(type.name)
    }

    /// `a < b` (and `>`, `<=`, `>=`) between two values of an enum with synthesized `Comparable`; nil otherwise.
    func compileSynthesizedComparison(_ op: String, _ a: Typed, _ b: Typed, at location: SourceLocation) -> Typed? {
        guard ["<", ">", "<=", ">="].contains(op), a.type == b.type, case .user(let type) = a.type else { return nil }
        if type.kind == .protocolType, type.conformances.contains("Comparable") {
            // A generic function's `T: Comparable`, while its body is checked (that code never runs).
            return Typed(type: .bool, code: .bool { _ in false })
        }
        guard let less = synthesizedLess(type, at: location) else { return nil }
        let x = a.value, y = b.value
        let compare: (Value, Value) throws -> Bool
        switch op {
        case "<": compare = { try less($0, $1) }
        case ">": compare = { try less($1, $0) }
        case "<=": compare = { try !less($1, $0) }
        default: compare = { try !less($0, $1) }
        }
        return Typed(type: .bool, code: .bool { frame in try compare(try x(frame), try y(frame)) })
    }
}
