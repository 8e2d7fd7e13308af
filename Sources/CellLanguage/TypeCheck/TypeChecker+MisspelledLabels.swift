import Diagnostics

/// Calls whose argument labels are misspellings of a declaration's (`findIndex(ofx: 2, in: xs)` for
/// `findIndex(of:in:)`), none of the callee's declarations taking them (issue 12): swiftc's `incorrect argument label in
/// call (have …, expected …)`, at the opening parenthesis, against the declaration needing the fewest labels changed.
extension TypeChecker {
    /// The labels swiftc would have each of the closest of `candidates` (parameter lists) take `arguments` with (the
    /// fewest changed, by swiftc's matching); nil when one of them takes the arguments as written.
    static func closestRelabellings(_ candidates: [[ParameterShape]], _ arguments: [Argument]) -> [[String?]]? {
        closestCandidates(candidates, arguments)?.map(\.labels)
    }

    /// The same, with the index of each closest candidate.
    static func closestCandidates(_ candidates: [[ParameterShape]], _ arguments: [Argument]) -> [(index: Int, labels: [String?])]? {
        var closest: [(index: Int, labels: [String?])] = [], fewest = Int.max
        for (index, shapes) in candidates.enumerated() {
            if case .matched = ArgumentMatch.match(shapes, arguments, opening: nil, closing: nil, at: SourceLocation(line: 0, column: 0)) {
                return nil
            }
            guard case .relabel(let expected) = SwiftcArgumentMatcher.verdict(shapes, arguments) else { continue }
            let changed = zip(arguments, expected).filter { $0.label != $1 }.count
            if changed < fewest { (closest, fewest) = ([], changed) }
            if changed == fewest { closest.append((index, expected)) }
        }
        return closest
    }

    /// Whether every label of `arguments` that differs from `expected` is a misspelling of it (not missing or
    /// extraneous, and close by swiftc's measure).
    static func isTypo(_ arguments: [Argument], expected: [String?]) -> Bool {
        zip(arguments, expected).allSatisfy { argument, label in
            guard argument.label != label else { return true }
            guard let written = argument.label, let label else { return false }
            return SwiftcArgumentMatcher.typoScore(label, written, limit: nil) != nil
        }
    }

    /// The call being checked, when `arguments` are its own.
    func callHolding(_ arguments: [Argument]) -> Expr? {
        guard let call = callBeingChecked, case .call(_, let own) = call.kind, own.count == arguments.count,
              zip(own, arguments).allSatisfy({ $0.value === $1.value }) else { return nil }
        return call
    }

    /// A call with `arguments` of one of `candidates` (parameter lists), none of which takes them, whose labels are
    /// misspellings of the one closest: swiftc's label mistake, reported, and the error type; nil otherwise (the
    /// labels fit one, several are as close, or the labels are not misspellings).
    func misspelledLabels(_ candidates: [[ParameterShape]], _ arguments: [Argument]) -> CType? {
        guard !arguments.contains(where: \.isTrailingClosure), let call = callHolding(arguments),
              var closest = Self.closestCandidates(candidates, arguments) else { return nil }
        // As close, those a literal argument cannot be given to are ruled out (`f(valuesx: [1])` is not `f(_: Double)`).
        if closest.count > 1 {
            closest = closest.filter { candidate in
                let shapes = candidates[candidate.index]
                return shapes.count != arguments.count || zip(shapes, arguments).allSatisfy { Self.literalMayTake($1.value, $0.type) }
            }
        }
        guard closest.count == 1, Self.isTypo(arguments, expected: closest[0].labels),
              let mistake = ArgumentMatch.labelMistake(arguments, expected: closest[0].labels) else { return nil }
        uncheckedArguments(arguments)
        report(mistake, at: ArgumentMatch.labelMistakeLocation(arguments, opening: call.openingLocation))
        return .error
    }

    /// The same for declared functions (`receiver`: methods, matched without their `self`); nil when one has a
    /// parameter the checker's matching leaves out (variadic, autoclosure, result builder).
    func misspelledLabels(_ infos: [FunctionInfo], _ arguments: [Argument], receiver: Bool) -> CType? {
        guard !infos.contains(where: { $0.parameters.contains { $0.isVariadic || $0.isAutoclosure || $0.resultBuilder != nil } })
        else { return nil }
        return misspelledLabels(infos.map { Array(compiler.shapes($0).dropFirst(receiver ? 1 : 0)) }, arguments)
    }

    /// The same for generic declarations (`FunctionDecl`s).
    func misspelledLabels(_ decls: [FunctionDecl], _ arguments: [Argument]) -> CType? {
        guard !decls.contains(where: { $0.resultBuilder != nil || $0.parameters.contains { $0.isVariadic || $0.isAutoclosure || $0.resultBuilder != nil } })
        else { return nil }
        return misspelledLabels(decls.map { Compiler.shapes($0.parameters) }, arguments)
    }
}

extension TypeChecker {
    /// `Template(…)` or `Template<…>(…)` of a generic type whose labels are misspellings of one of its initializers'
    /// (a struct without any: of its memberwise initializer's): the label mistake, reported, and the error type; nil
    /// otherwise, or when an extension of the template declares initializers.
    func genericConstructionLabelMistake(_ callee: Expr, _ arguments: [Argument]) -> CType? {
        guard case .name(let written) = callee.kind else { return nil }
        let name = written.firstIndex(of: "<").map { String(written[..<$0]) } ?? written
        guard let (template, _) = compiler.protocolState.genericTypes[name], name == written || written.hasSuffix(">"),
              (compiler.protocolState.genericExtensions[name] ?? []).allSatisfy({ $0.initializers.isEmpty }) else { return nil }
        if name == written {
            guard let referent = resolution.referent(of: callee), namesTopLevelType(referent) else { return nil }
        }
        if template.kind == .structure && template.initializers.isEmpty {
            let fields = template.fields.filter { !$0.isStatic && !($0.isLet && $0.value != nil) }
            let shapes = fields.map { ParameterShape(label: $0.name, hasDefault: $0.value != nil, isFunction: $0.type?.acceptsClosure ?? false) }
            return misspelledLabels([shapes], arguments)
        }
        return template.initializers.isEmpty ? nil : misspelledLabels(template.initializers, arguments)
    }

    /// `E.name(…)` or `.name(…)` for an enum case whose payload labels the arguments' misspell.
    func enumCaseLabelMistake(_ payload: [TupleElement], _ arguments: [Argument]) -> CType? {
        misspelledLabels([payload.map { ParameterShape(label: $0.label, hasDefault: false, isFunction: $0.type.acceptsClosure) }], arguments)
    }

    /// A struct's memberwise initializer whose labels the arguments' misspell (`Point(xx: 1, y: 2)`).
    func memberwiseLabelMistake(_ type: UserType, _ arguments: [Argument]) -> CType? {
        let shapes = type.fields.filter { !($0.isLet && $0.defaultValue != nil) }
            .map { ParameterShape(label: $0.name, hasDefault: $0.defaultValue != nil, isFunction: $0.type.acceptsClosure) }
        return misspelledLabels([shapes], arguments)
    }
}

extension TypeChecker {
    /// The standard-library methods Swift declares twice with the same labels (on `Sequence` and on `Collection`,
    /// `RangeReplaceableCollection` or `StringProtocol`): swiftc finds no exact match for a misspelling of their labels.
    static let methodsDeclaredTwice: Set<String> = [
        "drop(while:)", "prefix(while:)", "prefix(_:)", "suffix(_:)", "filter(_:)", "map(_:)", "split(separator:)",
        "split(whereSeparator:)", "hasPrefix(_:)", "hasSuffix(_:)", "dropFirst(_:)", "dropLast(_:)",
    ]

    /// `receiver.name(arguments)` of a standard-library method (not on a collection literal, whose type swiftc
    /// leaves open to more declarations) (`candidates`, the table's declarations of `name`)
    /// whose labels misspell one's (`xs.sorted(byx: >)`), when nothing the notebook declares may be called instead:
    /// `incorrect argument label in call` for the closest declaration at the opening parenthesis, `no exact matches
    /// in call to instance method` at the name when several are as close or Swift declares it twice. Nil otherwise.
    /// `isStatic`: static methods (`Int.random(in:usingx:)`), diagnosed against the closest declaration only.
    /// `implicitSelf`: called without `self.` in an extension of the type, where swiftc diagnoses a method declared
    /// twice against the closest declaration too (`split(separatorx: " ")` in `extension String`).
    func stdlibLabelMistake(_ candidates: [StdlibMember], _ name: String, _ arguments: [Argument], isStatic: Bool = false,
                            implicitSelf: Bool = false, at nameLocation: SourceLocation) -> CType? {
        guard !candidates.isEmpty, !arguments.contains(where: \.isTrailingClosure), let call = callHolding(arguments),
              !extendsBuiltin(member: name), !hasGenericMember(named: name), compiler.protocolState.collectionExtensionMembers[name] == nil,
              !compiler.protocolState.protocolExtensions.contains(where: { $0.decl.methods.contains { $0.name == name } }) else { return nil }
        // A closure for a parameter that takes none, or a literal for one that takes a closure, rules a declaration
        // out (`firstIndex(ofx: 4)` is not `firstIndex(where:)`).
        let candidates = candidates.filter { member in
            member.labels.count != arguments.count || zip(member.labels.indices, arguments).allSatisfy { index, argument in
                let takesClosure = member.takesTrailingClosure && index == member.labels.count - 1
                return takesClosure ? !Self.isPlainLiteral(argument.value) : !Compiler.isClosureLiteral(argument.value)
            }
        }
        let shapes = candidates.map { member in
            member.labels.enumerated().map { index, label in
                ParameterShape(label: label, hasDefault: false, isFunction: member.takesTrailingClosure && index == member.labels.count - 1)
            }
        }
        guard let closest = Self.closestRelabellings(shapes, arguments), let expected = closest.first,
              closest.contains(where: { Self.isTypo(arguments, expected: $0) }) else { return nil }
        let signature = name + "(" + expected.map { ($0 ?? "_") + ":" }.joined() + ")"
        let mistake = closest.count == 1 && (implicitSelf || !Self.methodsDeclaredTwice.contains(signature))
            ? ArgumentMatch.labelMistake(arguments, expected: expected) : nil
        if mistake == nil && isStatic { return nil }
        uncheckedArguments(arguments)
        if let mistake {
            report(mistake, at: ArgumentMatch.labelMistakeLocation(arguments, opening: call.openingLocation))
        } else {
            report(.noMatchingInstanceMethod(name, candidates: candidates.map(\.signatureName)), at: nameLocation)
        }
        return .error
    }

    /// Whether a literal value may be given to a parameter of type `type` (any other value, or an unknown type: true).
    private static func literalMayTake(_ value: Expr, _ type: CType?) -> Bool {
        guard let type = type?.unwrapped else { return true }
        switch type {
        case .int, .double, .string, .bool, .character, .integer, .array, .set, .dictionary, .function: break
        default: return true  // a protocol, a type parameter, a declared type may take literals
        }
        switch value.kind {
        case .intLiteral: return type == .int || type == .double || type.isAnyInteger
        case .floatLiteral: return type == .double
        case .stringLiteral: return type == .string || type == .character
        case .boolLiteral: return type == .bool
        case .array:
            switch type {
            case .array, .set: return true
            default: return false
            }
        default: return true
        }
    }

    /// Whether a value is a number, string or Boolean literal.
    private static func isPlainLiteral(_ value: Expr) -> Bool {
        switch value.kind {
        case .intLiteral, .floatLiteral, .stringLiteral, .boolLiteral: return true
        default: return false
        }
    }
}

extension Expr {
    /// Whether the expression is an array or dictionary literal.
    var isCollectionLiteral: Bool {
        switch kind {
        case .array, .dictionary: return true
        default: return false
        }
    }
}
