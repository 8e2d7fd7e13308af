import Diagnostics

/// Statement lists and blocks, single statements, and variable declarations compiled to closures.
extension Compiler {
    // MARK: Statements

    /// Compiles a list of statements in the current scope (functions are declared first, so they can be used
    /// before their declaration and call each other).
    func compileStatements(_ statements: [Stmt]) -> [StatementBox] {
        for statement in statements {
            if case .typeDeclaration(let decl) = statement { declareTypeNames(decl) }
        }
        for statement in statements {
            if case .typeAlias(let name, let type, let location) = statement { declareTypeAlias(name, type, at: location) }
        }
        // Top-level operator functions first: they are the `==`, `<` or `+` of the types they take, which those
        // types' conformances (`extension V: Comparable {}`) may need (`registerOperatorWitness`).
        let isTopLevelOperator: (FunctionDecl) -> Bool = { [scope, globalScope] decl in
            scope === globalScope && decl.genericParameters.isEmpty && Compiler.isOperatorName(decl.name)
        }
        for statement in statements {
            if case .function(let decl) = statement, isTopLevelOperator(decl) { declareFunction(decl) }
        }
        // The cell's own types: a stored property's default naming a member of one of them compiles once the cell's
        // declarations are made (`DeferredFieldDefault`).
        declarations.defersFieldDefaults = scope === globalScope
        let staticStart = declarations.staticFieldDeclarations.count
        for statement in statements {
            if case .typeDeclaration(let decl) = statement { declareTypeMembersWithNested(decl) }
        }
        declarations.defersFieldDefaults = false
        for statement in statements {
            if case .function(let decl) = statement, !isTopLevelOperator(decl) { declareFunction(decl) }
        }
        if scope === globalScope {
            // Static stored properties are declarations too: typed once the members and functions they may name are.
            declareStaticStoredProperties(from: staticStart)
            compileDeferredFieldDefaults()
        }
        typeCheckCell(statements)
        // A cell's top-level functions may use the cell's globals declared after them (as in a Swift file): their
        // bodies compile once every top-level statement has declared its names; so do the member bodies of types
        // that use such globals.
        guard scope === globalScope else {
            // A `defer` wraps the statements after it (see `compileDefer`).
            return compileRemaining(statements[...])
        }
        var deferred: [FunctionDecl] = []
        let others = statements.filter { statement in
            guard case .function(let decl) = statement else { return true }
            deferred.append(decl)
            return false
        }
        let outerDeferred = declarations.deferredMemberBodies
        declarations.deferredMemberBodies = []
        let result = compileRemaining(others[...])
        let memberBodies = declarations.deferredMemberBodies ?? []
        declarations.deferredMemberBodies = outerDeferred
        for compile in memberBodies { compile() }
        for decl in deferred { compileFunctionBody(decl) }
        return result
    }

    /// Compiles statements in a new scope into one closure.
    func compileBlock(_ statements: [Stmt], loopLabel: (name: String?, id: Int)? = nil) -> (Frame) throws -> Flow {
        compileBlockBox(statements, loopLabel: loopLabel).run
    }

    /// `compileBlock` as a box: a loop runs a block of simple statements (see `StatementBox`) without testing a `Flow`.
    func compileBlockBox(_ statements: [Stmt], loopLabel: (name: String?, id: Int)? = nil) -> StatementBox {
        withScope { () -> StatementBox in  // a class: returned through the generic `withScope` without thunks
            if let loopLabel { scope.loopLabels.append(loopLabel) }
            guard loopLabel != nil, let last = statements.last, !FrameCapture.mayCapture(statements),
                  !statements.contains(where: { if case .deferStatement = $0 { return true } else { return false } }) else {
                return sequenceBox(compileStatements(statements)[...])
            }
            // `var p = xs[i]; …; xs[i] = p` at the end of a loop body: `p` dies right after the store, so the store
            // may take its value instead of copying it (no copy-on-write of `p` in the next iteration).
            var codes = compileStatements(Array(statements.dropLast()))
            let saved = lastUse
            if case .expression(let expr) = last, case .assign("=", _, let value, _) = expr.kind,
               case .name(let name) = value.kind, case .variable(let variable)? = scope.names[name],
               !variable.isLet, !variable.type.isWord {
                lastUse = variable
            }
            if let box = compileStatementBox(last) { codes.append(box) }
            lastUse = saved
            return sequenceBox(codes[...])
        }
    }

    /// Runs statement closures in order, stopping at the first that does not finish normally.
    func sequence(_ codes: [StatementBox]) -> (Frame) throws -> Flow {
        sequenceBox(codes[...]).run
    }

    /// `sequence` as a box (simple when every statement is).
    func sequenceStatements(_ codes: [StatementBox]) -> StatementBox {
        sequenceBox(codes[...])
    }

    /// `sequence` as a box: a balanced tree of pairs, each closure calling its two halves directly, so running a
    /// block retains nothing (iterating an array of boxes would retain and release every statement). Runs of
    /// simple statements stay simple, so they never test a `Flow`.
    private func sequenceBox(_ codes: ArraySlice<StatementBox>) -> StatementBox {
        switch codes.count {
        case 0: return StatementBox(simple: { _ in })
        case 1: return codes[codes.startIndex]
        default:
            let middle = codes.startIndex + codes.count / 2
            let first = sequenceBox(codes[..<middle]), second = sequenceBox(codes[middle...])
            switch (first.simple, second.simple) {
            case (let a?, let b?):
                return StatementBox(simple: { frame in
                    try a(frame)
                    try b(frame)
                })
            case (let a?, nil):
                let b = second.run
                return StatementBox { frame in
                    try a(frame)
                    return try b(frame)
                }
            case (nil, let b?):
                let a = first.run
                return StatementBox { frame in
                    let flow = try a(frame)
                    guard case .normal = flow else { return flow }
                    try b(frame)
                    return .normal
                }
            case (nil, nil):
                let a = first.run, b = second.run
                return StatementBox { frame in
                    let flow = try a(frame)
                    if case .normal = flow { return try b(frame) }
                    return flow
                }
            }
        }
    }

    /// Compiles a statement into a box, keeping expression statements simple (see `StatementBox`).
    func compileStatementBox(_ statement: Stmt) -> StatementBox? {
        guard case .expression(let expr) = statement else {
            // Unwrapped with `guard let`, not `Optional.map`: a closure passed through a generic function is stored
            // behind two reabstraction thunks, run every time the statement runs.
            guard let code = compileStatement(statement) else { return nil }
            return StatementBox(code)
        }
        if let fast = compileWordAssignment(expr) { return StatementBox(simple: fast) }
        switch compileExpr(expr, expected: nil).code {
        case .int(let f): return StatementBox(simple: { _ = try f($0) })
        case .double(let f): return StatementBox(simple: { _ = try f($0) })
        case .bool(let f): return StatementBox(simple: { _ = try f($0) })
        case .value(let f): return StatementBox(simple: { _ = try f($0) })
        case .void(let f): return StatementBox(simple: f)
        }
    }

    func compileStatement(_ statement: Stmt) -> ((Frame) throws -> Flow)? {
        switch statement {
        case .expression:
            return compileStatementBox(statement)?.run
        case .variable(let isLet, let pattern, let typeExpr, let value, let location):
            if let accessors = Compiler.variableAccessors(value) {
                return compileAccessorVariable(pattern, typeExpr: typeExpr, accessors, at: location)
            }
            defer { markImplicitlyUnwrapped(pattern, typeExpr); markLazyWrapper(pattern, typeExpr, value) }
            return compileVariable(isLet: isLet, pattern: pattern, typeExpr: typeExpr, value: value, location: location)
        case .function(let decl):
            compileFunctionBody(decl)
            return nil
        case .ifStatement(let conditions, let body, let elseBody, _):
            return releasingLocals(of: statement) { compileIf(conditions, body, elseBody) }
        case .guardStatement(let conditions, let body, let location):
            return compileGuard(conditions, body, location)
        case .forIn(let label, let pattern, let casePattern, let sequence, let whereClause, let body, let location):
            return releasingLocals(of: statement) {
                compileFor(label: label, pattern: pattern, casePattern: casePattern, sequence: sequence,
                           whereClause: whereClause, body: body, location: location)
            }
        case .whileLoop(let label, let conditions, let body, let location):
            return releasingLocals(of: statement) { compileWhile(label: label, conditions, body, location) }
        case .repeatWhile(let label, let body, let condition, let location):
            return releasingLocals(of: statement) { compileRepeat(label: label, body, condition, location) }
        case .returnStatement(let value, let location):
            return compileReturn(value, location)
        case .breakStatement(let label, let location):
            guard let id = loopID(label, location, keyword: "break") else { return nil }
            return { _ in .breakLoop(id) }
        case .continueStatement(let label, let location):
            guard let id = loopID(label, location, keyword: "continue") else { return nil }
            return { _ in .continueLoop(id) }
        case .block(let statements):
            // A multi-binding declaration (`var a = 1, b = 2`) declares in the current scope.
            return sequence(compileStatements(statements))
        case .switchStatement(let label, let subject, let cases, let location):
            return releasingLocals(of: statement) { compileSwitch(label: label, subject, cases, at: location) }
        case .typeDeclaration(let decl):
            return compileTypeBodiesWithNested(decl)
        case .throwStatement(let value, let location):
            return compileThrow(value, at: location)
        case .doCatch(let body, let clauses, let location):
            return releasingLocals(of: statement) { compileDoCatch(body, clauses, at: location) }
        case .deferStatement(let body, _):
            return compileDefer(body, rest: []).run
        case .typeAlias:
            return nil  // declared with the types (see `compileStatements`)
        case .invalid:
            return nil
        }
    }

    /// Fast path for `x = e` / `x op= e` on an Int/Double/Bool variable of the current frame or the globals:
    /// one closure that stores the unboxed result, with no intermediate `Value`.
    private func compileWordAssignment(_ expr: Expr) -> ((Frame) throws -> Void)? {
        guard case .assign(let op, let target, let value, let location) = expr.kind,
              case .name(let name) = target.kind,
              case .variable(let variable)? = nameBinding(name, node: target),
              variable.type.isWord, !variable.isLet, !isCheckedLentAccess(variable), variable.initializeOnFirstAccess == nil,
              variable.level == scope.context.level || variable.level == 0 else { return nil }
        let newValue: Typed
        if op == "=" {
            newValue = converted(compileExpr(value, expected: variable.type), to: variable.type, at: value.conversionLocation)
        } else {
            newValue = compileBinary(String(op.dropLast()), target, value, expected: variable.type, at: location)
            if newValue.type.hasError { return { _ in } }
        }
        return wordStore(newValue, level: variable.level, slot: variable.slot)
    }

    /// The id of the loop or `switch` a `break` or `continue` at `location` leaves (0: the innermost); nil when there
    /// is none (the checker's mistake).
    private func loopID(_ label: String?, _ location: SourceLocation, keyword: String) -> Int? {
        let loops = scope.enclosingLoops()
        let realLoops = loops.filter { !switchLabelIDs.contains($0.id) }
        if keyword == "continue", label == nil, realLoops.isEmpty {
            cannotGenerate(at: location)
            return nil
        }
        guard let label else {
            if loops.isEmpty {
                cannotGenerate(at: location)
                return nil
            }
            return 0
        }
        guard let loop = loops.last(where: { $0.name == label }) else {
            cannotGenerate(at: location)
            return nil
        }
        return loop.id
    }

    private func compileVariable(isLet: Bool, pattern: BindingPattern, typeExpr: TypeExpr?, value: Expr?,
                                 location: SourceLocation) -> ((Frame) throws -> Flow)? {
        let declared = typeExpr.map(resolveType)
        let typed = value.map { compileInitialValue($0, declared: declared) }
        guard case .name(let name, let nameLocation) = pattern else {
            return compilePatternVariable(isLet: isLet, pattern: pattern, typed: typed, value: value, location: location)
        }
        var type = declared ?? typed?.type ?? .error
        if declared == .set(.error), let typed { type = typed.type }
        let variable = declareVariable(name, type: type, isLet: isLet, at: nameLocation,
                                       unpacked: isLet ? nil : UnpackedStruct.kinds(of: type))
        if isLet && value == nil { variable.initializedLater = true }
        guard let typed else { return zeroInitialization(variable, type) }
        if let kinds = variable.unpacked, let value, let (read, local) = borrowedElementParts(value) {
            // `var p = xs[i]`: the element's fields go straight into the words, without retaining the element.
            let slot = variable.slot
            if let local, variable.level == scope.context.level {
                return UnpackedElementAccess.load(array: local.array, index: local.index, fields: slot, kinds, at: value.location)
            }
            let words = wordsAccessor(level: variable.level)
            return { frame in
                let target = words(frame) + slot
                try read(frame) { UnpackedStruct.unpack($0, into: target, kinds) }
                return .normal
            }
        }
        let storeCode = store(variable, typed)
        return { try storeCode($0); return .normal }
    }

    /// A variable's initial value, converted to its declared type.
    private func compileInitialValue(_ value: Expr, declared: CType?) -> Typed {
        let compiled = compileExpr(value, expected: declared)
        guard let declared else { return compiled }
        return converted(compiled, to: declared, at: value.conversionLocation)
    }

    /// `let (a, b) = value` (or another pattern than a name): the value's parts bound to the pattern's names.
    private func compilePatternVariable(isLet: Bool, pattern: BindingPattern, typed: Typed?, value: Expr?,
                                        location: SourceLocation) -> ((Frame) throws -> Flow)? {
        guard let typed else {
            cannotGenerate(at: location)  // no value to take apart
            return nil
        }
        let code = typed.value
        // A value that is no tuple of the pattern's length: the names are bound to errors (the checker's mistake).
        guard let bind = bindPattern(pattern, type: typed.type, isLet: isLet, at: location) else { return nil }
        return { frame in
            try bind(frame, try code(frame))
            return .normal
        }
    }

    /// A variable declared without a value: it starts as its type's zero value.
    private func zeroInitialization(_ variable: VariableInfo, _ type: CType) -> (Frame) throws -> Flow {
        let slot = variable.slot
        if type.isWord || variable.unpacked != nil {
            let access = frameAccessor(level: variable.level)
            let count = variable.unpacked?.count ?? 1
            return { frame in
                let words = access(frame).words + slot
                for index in 0..<count { words[index] = 0 }
                return .normal
            }
        }
        let initial: Value
        switch type {
        case .array: initial = .array([])
        case .string: initial = .string("")
        case .optional: initial = .none
        default: initial = .void
        }
        let access = frameAccessor(level: variable.level)
        return { access($0).values[slot] = initial; return .normal }
    }
}
