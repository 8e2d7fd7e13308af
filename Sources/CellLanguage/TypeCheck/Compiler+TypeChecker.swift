import Foundation

extension Compiler {
    /// Runs the type checker (`TypeChecker`) over the cell's top-level statements once the compiler has declared
    /// their types and function signatures, before any of them is generated; its types are then in
    /// `typeTable.checked` for the generator to read. Runs once per cell, at the top level only.
    func typeCheckCell(_ statements: [Stmt]) {
        guard scope === globalScope, typeTable.checked == nil, let resolution else { return }
        if Compiler.readsCheckedTypes {
            typeTable.genericMemberChecksAwaitingChecker = []
            typeTable.specializedBodiesAwaitingChecker = []
        }
        protocolState.namedSpecializations = makeNamedSpecializations(statements)
        var checker = TypeChecker(compiler: self, resolution: resolution, capacity: typeTable.capacity)
        var checked = checker.check(statements)
        // Constructions that infer a specialization not made yet (`Node(4)`): made now, and the cell checked again
        // (a few times: a body checked only once `Node<Int>` exists may name `Node<String>`, `Node<U>` with U bound).
        for _ in 0..<3 where !checker.wantedSpecializations.isEmpty {
            let inferred = makeInferredSpecializations(checker.wantedSpecializations)
            if inferred.isEmpty { break }
            protocolState.namedSpecializations.formUnion(inferred)
            checker = TypeChecker(compiler: self, resolution: resolution, capacity: typeTable.capacity)
            checked = checker.check(statements)
        }
        typeTable.checked = checked
        typeTable.checker = checker
        checker.dropResult()
        // The generator's log starts with the checker's diagnostics, as the checker's (`appendChecked`): none is a
        // diagnostic of the generator's; the cell has them from the checker's pass.
        if takesCheckedDiagnostics { diagnostics.appendChecked(typeTable.checked?.diagnostics ?? []) }
        let awaiting = typeTable.genericMemberChecksAwaitingChecker ?? []
        typeTable.genericMemberChecksAwaitingChecker = nil
        let bodies = typeTable.specializedBodiesAwaitingChecker ?? []
        typeTable.specializedBodiesAwaitingChecker = nil
        for compile in bodies { compile() }
        for type in awaiting { checkGenericMembers(of: type) }
    }

    /// Whether the cell's diagnostics include the checker's (`TypeChecker+Diagnostics`): always, but with
    /// `NBRUN_IGNORE_CHECKED_TYPES=1` (which measures what the generator does without the checker's results).
    var takesCheckedDiagnostics: Bool { Compiler.readsCheckedTypes }

    /// Whether the generator reads the checker's types (`NBRUN_IGNORE_CHECKED_TYPES=1` turns it off, to measure
    /// the type requests they answer with `nbrun debug counts`).
    static let readsCheckedTypes = getenv("NBRUN_IGNORE_CHECKED_TYPES") == nil  // not `ProcessInfo.environment`, which copies every variable

    /// The type the checker gave `expr` without a contextual type, when the generator may use it for a type
    /// request (`checkerType`): a link of the optional chain compiling (`optionalChainSpine`) has the type the checker gave it as a
    /// link of its chain (never the chain's outermost node, whose own type is the chain's optional).
    func checkedTypeWithoutContext(_ expr: Expr) -> CType? {
        guard Compiler.readsCheckedTypes, let checked = typeTable.checked else { return nil }
        // The implicit force unwrap of a read of a `T!` (`count += 1`, `names.append(x)`): the read's `T`.
        if let read = typeTable.implicitlyUnwrappedRead(expr) {
            guard case .optional(let wrapped)? = checkedTypeWithoutContext(read) else { return nil }
            return wrapped
        }
        // `Array(base)`, written for a `Sequence` method of a declared sequence: the array the checker called it on.
        if let base = typeTable.sequenceArrayBase(of: expr) {
            return checked.sequenceArrayType(of: typeTable.sameTypeNode(base), in: recordedSpecialization?.bindings ?? [:])
        }
        // A node the generator synthesized has the type of the user's node it stands for.
        let node = typeTable.sameTypeNode(expr)
        // A node of a body compiled once per specialization: its type in the specialization compiling (or in the
        // check with placeholders compiling, as the checker checked it under the same placeholders).
        if let bindings = recordedSpecialization?.bindings, !optionalChainSpine.contains(expr),
           let type = checked.typeWithoutContext(of: node, in: bindings) {
            return type
        }
        return optionalChainSpine.contains(expr) ? checked.typeAsLink(of: node) : checked.typeWithoutContext(of: node)
    }

    /// The type the checker gave `expr` against its contextual type, in the specialization compiling (a placeholder
    /// check too); nil when the checker did not type it.
    func checkedType(_ expr: Expr) -> CType? {
        guard Compiler.readsCheckedTypes, let checked = typeTable.checked else { return nil }
        let node = typeTable.sameTypeNode(expr)
        if let bindings = recordedSpecialization?.bindings { return checked.specialized.type(of: node, in: .arguments(bindings)) }
        return checked.type(of: node)
    }

    /// The type the checker gave the closure argument `expr` of a generic call for inferring its type arguments
    /// (`CheckedTypes.closureArgumentType`) in the generic body compiling (a placeholder check too, see
    /// `typeCheckPlaceholderBody`), when its parameters are `parameters`; nil when unknown.
    func checkedClosureArgumentType(_ expr: Expr, parameters: [CType], throwing: Bool) -> CType? {
        guard Compiler.readsCheckedTypes, let checked = typeTable.checked else { return nil }
        let type = checked.closureArgumentType(of: expr, in: recordedSpecialization?.bindings ?? [:])
        switch type {
        case .function(let checkedParameters, _)? where !throwing, .throwingFunction(let checkedParameters, _)? where throwing:
            return checkedParameters == parameters ? type : nil
        default:
            return nil
        }
    }
}

extension Compiler {
    /// The overload the type checker chose for the call with `arguments` the generator selects at `location` (`CheckedTypes.overloads`),
    /// in the specialization compiling (`[:]` outside generic bodies); nil when it chose none.
    func checkedOverload(_ arguments: [Argument], at location: SourceLocation) -> OverloadChoice? {
        guard Compiler.readsCheckedTypes else { return nil }
        return typeTable.checked?.overloads[OverloadSite(location: location, arguments: arguments,
                                                    bindings: recordedSpecialization?.bindings ?? [:])]
    }
}

extension Compiler {
    /// The accumulator type the checker chose for `xs.reduce(initial) { … }` (`TypeChecker.reduceCall`: an Int, or a
    /// Double when the closure does not fit an Int one), read from the type it gave the initial value in the
    /// specialization compiling; nil when unknown.
    func checkedReduceAccumulator(_ initial: Expr) -> CType? {
        guard let type = checkedType(initial), type == .int || type == .double else { return nil }
        return type
    }
}
