import Diagnostics

/// The specializations of generic types a cell names with type arguments (`var s = Stack<Int>()`,
/// `let t: Stack<String>`), made before the type checker runs so that it can type values of them.
///
/// A specialization (`Stack<Int>` as a `UserType`) used to exist only once the generator compiled its first use,
/// after the checker: values of it stayed unknown. Types compare by identity, so the checker cannot make one of its
/// own; instead the compiler makes, right after the cell's declarations and before the checker, each
/// specialization the cell's top-level statements (and non-generic functions' bodies) name, exactly as the generator's first use would
/// (`genericTypeInstance`), and the generator then finds it made. A name whose specialization reports anything
/// (unknown type arguments, unmet constraints, a mistake in a member's body) is left to the generator, which reports
/// it where it meets it: what that attempt made or reported is undone. Only a program with a mistake gets there: a
/// member reading its type argument's static stored property (`A.name`) finds it declared with the cell's declarations
/// (`Compiler.declareStaticStoredProperties`). The undo stays for the mistakes: kept, a member body's mistake would be
/// reported for each specialization (`[Int]`, `[String]`) where swiftc reports it once for the generic body (`[T]`,
/// `SwiftcParityTests.testAGenericBodysMistakeIsReportedOnceNotPerSpecialization`), and a wrong type argument
/// before the checker's errors.
extension Compiler {
    /// Makes the specializations the cell's top-level statements and non-generic functions name with type arguments
    /// (not inside closures, generic functions or types' members); returns the keys of those made here, whose members' bodies this cell compiled.
    func makeNamedSpecializations(_ statements: [Stmt]) -> Set<SpecializationKey> {
        guard !protocolState.genericTypes.isEmpty else { return [] }
        var names: [(String, SourceLocation)] = []
        for statement in statements { Compiler.collectSpecializationNames(statement, into: &names) }
        var made: Set<SpecializationKey> = []
        for (name, location) in names {
            if let key = makeNamedSpecialization(name, at: location) { made.insert(key) }
        }
        return made
    }

    /// Makes the specialization `name` (`Stack<Int>`) means, unless it exists or making it reports anything; returns
    /// its key when made here.
    private func makeNamedSpecialization(_ name: String, at location: SourceLocation) -> SpecializationKey? {
        guard let open = name.firstIndex(of: "<"), name.hasSuffix(">"), protocolState.genericTypes[String(name[..<open])] != nil else {
            return nil
        }
        return attemptSpecialization { genericTypeInstance(name, at: location) }
    }

    /// Makes the specializations the type checker inferred from constructions (`Node(4)` → `Node<Int>`) and found
    /// missing, when their type arguments meet the constraints and making them reports nothing; returns the keys of
    /// those made.
    func makeInferredSpecializations(_ wanted: [(template: TypeDecl, arguments: [CType])]) -> Set<SpecializationKey> {
        var made: Set<SpecializationKey> = []
        for (template, arguments) in wanted where protocolState.genericTypeInstances[SpecializationKey(template, arguments: arguments)] == nil {
            let satisfied = zip(template.genericParameters, arguments).allSatisfy { parameter, argument in
                parameter.constraints.allSatisfy { satisfies(argument, $0) }
            }
            guard satisfied, !arguments.contains(where: \.hasError) else { continue }
            if let key = attemptSpecialization({ specializeType(template, arguments, check: false) }) { made.insert(key) }
        }
        return made
    }

    /// Runs `make`, which makes a specialization: its key when it made one and reported nothing; else what it made and
    /// reported is undone (the generator makes it again, and reports, where it meets it).
    private func attemptSpecialization(_ make: () -> UserType?) -> SpecializationKey? {
        let before = Set(protocolState.genericTypeInstances.keys)
        let start = errorMark(), awaitingBodies = typeTable.specializedBodiesAwaitingChecker?.count
        let type = make()
        let added = protocolState.genericTypeInstances.keys.filter { !before.contains($0) }
        guard hasErrors(since: start) || type == nil else {
            return added.first { protocolState.genericTypeInstances[$0]?.type === type }
        }
        // A specialization made on trial and undone (in a program with a mistake): a compilation thrown away.
        compileCounts.noteThrowAwayCompilation(file: #fileID, line: #line)
        forgetErrors(since: start)
        if let awaitingBodies { typeTable.specializedBodiesAwaitingChecker?.removeSubrange(awaitingBodies...) }
        for key in added {
            if let instance = protocolState.genericTypeInstances[key]?.type { declarations.userTypes[instance.name] = nil }
            protocolState.genericTypeInstances[key] = nil
        }
        return nil
    }

    /// The generic type names with type arguments a statement writes, in source order.
    private static func collectSpecializationNames(_ statement: Stmt, into names: inout [(String, SourceLocation)]) {
        switch statement {
        case .expression(let expr):
            collectSpecializationNames(expr, into: &names)
        case .variable(_, _, let type, let value, let location):
            if let type { collectSpecializationNames(type, at: location, into: &names) }
            if let value { collectSpecializationNames(value, into: &names) }
        case .block(let body):
            for inner in body { collectSpecializationNames(inner, into: &names) }
        case .ifStatement(_, let body, let otherwise, _):
            for inner in body + (otherwise ?? []) { collectSpecializationNames(inner, into: &names) }
        case .forIn(_, _, _, let sequence, _, let body, _):
            collectSpecializationNames(sequence, into: &names)
            for inner in body { collectSpecializationNames(inner, into: &names) }
        case .whileLoop(_, _, let body, _):
            for inner in body { collectSpecializationNames(inner, into: &names) }
        case .function(let decl) where decl.genericParameters.isEmpty:
            // A non-generic function's body (`func f() { var s = Stack<String>() … }`): its names mean the same
            // specializations wherever it runs.
            for inner in decl.body { collectSpecializationNames(inner, into: &names) }
        default:
            break
        }
    }

    private static func collectSpecializationNames(_ expr: Expr, into names: inout [(String, SourceLocation)]) {
        switch expr.kind {
        case .name(let name) where name.hasSuffix(">"):
            names.append((name, expr.location))
        case .typeReference(let type), .cast(_, let type, _):
            collectSpecializationNames(type, at: expr.location, into: &names)
        default:
            break
        }
        expr.forEachChild { collectSpecializationNames($0, into: &names) }
    }

    private static func collectSpecializationNames(_ type: TypeExpr, at location: SourceLocation,
                                                   into names: inout [(String, SourceLocation)]) {
        switch type {
        case .named(let name, let written):
            if name.hasSuffix(">") { names.append((name, written)) }
        case .array(let element), .set(let element), .optional(let element), .implicitlyUnwrapped(let element):
            collectSpecializationNames(element, at: location, into: &names)
        case .dictionary(let key, let value):
            collectSpecializationNames(key, at: location, into: &names)
            collectSpecializationNames(value, at: location, into: &names)
        default:
            break
        }
    }
}
