/// The type-check oracle: for every expression node the type checker typed and the generator compiled for the code
/// that runs, whether both found the same type; and the checker's coverage of the nodes the generator recorded.
public struct TypeCheckAgreement: Sendable {
    /// Nodes the generator recorded (compiled for the code that runs).
    public var recorded = 0
    /// Recorded nodes the checker typed too, with the same type.
    public var agreed = 0
    /// Nodes the checker typed that the generator did not record (code it never compiled, e.g. after an error).
    public var checkedOnly = 0
    /// Nodes the checker typed that the generator refused (an error type for a mistake the checker does not report,
    /// e.g. an assignment to a constant; its own diagnostics are compared by `DiagnosticAgreement`).
    public var refused = 0
    /// Nodes of generic bodies checked with placeholders (code that never runs, not in `recorded`) that the checker
    /// typed as the generator's check compiled them (`Compiler.typeCheckPlaceholderBody`).
    public var placeholdersAgreed = 0
    /// Calls whose declared function, method or initializer the checker chose as the generator did.
    public var calleesAgreed = 0
    /// Calls whose overload the checker chose by argument types (the generator takes that choice outside the oracle).
    public var overloadsChosen = 0
    /// The disagreements, one line each: position, node kind, the checker's type and the generator's.
    public var disagreements: [String] = []
    /// The recorded nodes the checker left unknown, one line each: position, node kind and the generator's type (what
    /// `nbrun debug check` lists to find the checker's gaps).
    public var missed: [String] = []

    /// Creates an empty tally.
    public init() {}

    /// Compares the checker's types with the generator's records of the same cell. A node of a body that compiles
    /// once per specialization is compared specialization by specialization (`SpecializedTypes`), not by the type
    /// of the compilation that ran last.
    init(checked: CheckedTypes?, table: TypeTable) {
        let specialized = table.specialized
        // The library types' bodies (`LibraryTypes`, compiled per specialization in the cells that use them) are the
        // library's, as the standard-library tables' implementations: not the cell's code the checker covers.
        let isUserCode = { (node: Expr) in !LibraryTypes.declares(node.location) }
        recorded = table.entries.filter { isUserCode($0.key) }.count
            + specialized.types.filter { isUserCode($0.key) }.reduce(0) { $0 + $1.value.count - 1 }
        guard let checked else { return }
        for (key, compiled) in table.entries where specialized.types(of: key) == nil && isUserCode(key)
            && checked.entries[key] == nil && !compiled.type.hasError {
            let location = compiled.node.location
            missed.append("\(location.line):\(location.column) \(Self.kind(compiled.node)): \(compiled.type)")
        }
        overloadsChosen = checked.overloads.count + checked.nativeChoices.count
        for (key, entry) in checked.entries {
            guard let compiled = table.entries[key] else {
                checkedOnly += 1
                continue
            }
            if specialized.types(of: key) != nil {
                // The generator never reads a type of a specialized body from the checker's main table.
                let location = entry.node.location
                disagreements.append("\(location.line):\(location.column) \(Self.kind(entry.node)): checker \(entry.type) "
                                     + "for every specialization, generator \(compiled.type) in one")
            } else if compiled.type.hasError {
                refused += 1
            } else if compiled.type == entry.type {
                agreed += 1
                compareCallee(entry, compiled)
                compareNative(checked.natives[key], compiled)
            } else {
                let location = entry.node.location
                disagreements.append("\(location.line):\(location.column) \(Self.kind(entry.node)): checker \(entry.type), "
                                     + "generator \(compiled.type)")
            }
        }
        compareSpecialized(checked.specialized, specialized)
        missed.sort()
        disagreements.sort()
    }

    /// Compares the types of the nodes of bodies compiled per specialization, one specialization at a time.
    private mutating func compareSpecialized(_ checked: SpecializedTypes, _ compiled: SpecializedTypes) {
        for (node, types) in compiled.types where !LibraryTypes.declares(node.location) {
            let location = "\(node.location.line):\(node.location.column) \(Self.kind(node))"
            let checkedTypes = checked.types(of: node) ?? [:]
            for (bindings, type) in types where !type.hasError {
                guard let found = checkedTypes[bindings] else {
                    missed.append("\(location) in \(SpecializedTypes.describe(bindings)): \(type)")
                    continue
                }
                if found == type {
                    agreed += 1
                } else {
                    disagreements.append("\(location) in \(SpecializedTypes.describe(bindings)): checker \(found), generator \(type)")
                }
            }
            refused += types.filter { $0.value.hasError && checkedTypes[$0.key] != nil }.count
        }
        for (node, types) in checked.types {
            let compiledTypes = compiled.types(of: node) ?? [:], placeholderTypes = compiled.placeholderTypes[node] ?? [:]
            checkedOnly += types.keys.filter { compiledTypes[$0] == nil && placeholderTypes[$0] == nil }.count
        }
        comparePlaceholderChecks(checked, compiled)
    }

    /// Compares the types of the nodes the generator compiled in its checks of generic bodies with placeholders with
    /// the checker's check of the same bodies under the same placeholders (`Compiler.typeCheckPlaceholderBody`):
    /// code that never runs, counted apart (`placeholdersAgreed`), not in the coverage.
    private mutating func comparePlaceholderChecks(_ checked: SpecializedTypes, _ compiled: SpecializedTypes) {
        for (node, types) in compiled.placeholderTypes {
            guard let checkedTypes = checked.types(of: node) else { continue }
            for (bindings, type) in types where !type.hasError {
                guard let found = checkedTypes[bindings] else { continue }
                if found == type {
                    placeholdersAgreed += 1
                } else {
                    disagreements.append("\(node.location.line):\(node.location.column) \(Self.kind(node)) in the check with "
                                         + "placeholders \(SpecializedTypes.describe(bindings)): checker \(found), generator \(type)")
                }
            }
        }
    }

    /// Compares the declared function the checker resolved a call to with the generator's choice.
    private mutating func compareCallee(_ entry: CheckedTypes.Entry, _ compiled: TypeTable.Entry) {
        // A call whose arguments are places (`f(&a[i])`) compiles without recording what it called.
        guard let callee = entry.callee, let resolution = compiled.resolution else { return }
        if case .declared(let info) = resolution, info === callee {
            calleesAgreed += 1
        } else {
            let location = entry.node.location
            disagreements.append("\(location.line):\(location.column) call: checker chose \(CalleeResolution.declared(callee)), "
                                 + "generator \(resolution)")
        }
    }

    /// Adds another cell's tally.
    public mutating func add(_ other: TypeCheckAgreement) {
        recorded += other.recorded
        agreed += other.agreed
        checkedOnly += other.checkedOnly
        refused += other.refused
        calleesAgreed += other.calleesAgreed
        placeholdersAgreed += other.placeholdersAgreed
        overloadsChosen += other.overloadsChosen
        disagreements += other.disagreements
        missed += other.missed
    }

    /// The share of recorded nodes the checker typed the same way.
    public var coverage: Double { recorded == 0 ? 0 : Double(agreed) / Double(recorded) }

    /// A short name of an expression node's kind.
    static func kind(_ expr: Expr) -> String {
        switch expr.kind {
        case .intLiteral: return "int literal"
        case .floatLiteral: return "float literal"
        case .boolLiteral: return "bool literal"
        case .stringLiteral: return "string literal"
        case .nilLiteral: return "nil"
        case .name(let name): return "name \(name)"
        case .typeReference: return "type"
        case .binary(let op, _, _, _): return "binary \(op)"
        case .assign(let op, _, _, _): return "assign \(op)"
        case .prefix(let op, _): return "prefix \(op)"
        case .call: return "call"
        case .member(_, let name, _): return "member \(name)"
        case .subscriptAccess: return "subscript"
        case .array: return "array"
        case .dictionary: return "dictionary"
        case .tuple: return "tuple"
        case .closure: return "closure"
        case .ternary: return "ternary"
        case .forceUnwrap: return "force unwrap"
        case .optionalChain: return "optional chain"
        case .cast(_, _, let op): return op
        case .inoutArgument: return "inout"
        case .tryExpr: return "try"
        case .invalid: return "invalid"
        }
    }
}
