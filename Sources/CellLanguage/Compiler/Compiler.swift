import Diagnostics

/// The static pass and code generator: resolves names to slots, infers and checks types, and compiles each AST
/// node once into a Swift closure over frames. Statements are in this file; expressions, operators, calls and
/// members in the `Compiler+…` extensions.
final class Compiler {
    let globals: Frame
    let runtime: Runtime
    let registry: NativeRegistry
    /// What the generator reported and met in the cell being compiled (see `GeneratorDiagnostics`).
    var diagnostics: GeneratorDiagnostics = []
    var scope: Scope
    var nextLabelID = 1
    /// The closing parenthesis of the call being matched (where swiftc reports missing arguments).
    var missingArgumentLocation: SourceLocation?
    /// The opening parenthesis of the call being matched (where swiftc reports incorrect labels).
    var wrongLabelLocation: SourceLocation?
    /// The `&` of the inout argument whose target is being compiled (see `compileInoutPlace`).
    var inoutArgumentLocation: SourceLocation?
    /// The nodes of the optional chain (`a?.b.c()`) being compiled: they are its links and must not wrap again.
    var optionalChainSpine = IdentitySet<Expr>()
    /// The subject of the `switch` being compiled (for pattern errors without a position of their own).
    var switchLocation = SourceLocation(line: 1, column: 1)
    /// Whether the pattern being compiled is an `if`/`guard`/`while case` condition (swiftc words some errors differently).
    var casePatternInCondition = false
    /// The types whose methods are being compiled, innermost last.
    var selfContexts: [SelfContext] = []
    /// The module name shown in debug descriptions of declared types (`main.Point`).
    var moduleName = "main"
    /// The notebook's top-level scope and its slot layout.
    var globalScope: Scope
    var globalScopeContext: FunctionContext { globalScope.context }
    /// Label ids that belong to `switch` statements (a `break` target, not a `continue` target).
    var switchLabelIDs: Set<Int> = []
    /// Set while the target of a plain `name = value` is compiled: a `let` declared without a value may be assigned.
    var initializingAssignment = false
    /// The compile number of the cell being compiled.
    var currentCell = 0
    /// A block-local variable whose value the statement being compiled may move out of its slot instead of
    /// copying: set only for the last statement of a loop body (see `compileBlock`).
    var lastUse: VariableInfo?
    /// The local array a mutating method is modifying while its closure argument compiles (`modifying`).
    var exclusiveLocal: (variable: VariableInfo, receiver: SourceLocation)?
    /// The declared function whose body is compiling (it records the globals it uses: `noteGlobalAccess`).
    var compilingFunction: FunctionInfo?
    /// How many uses of globals and calls of declared functions or function values have compiled (a method body
    /// that adds none cannot reach a global lent to it: `FunctionInfo.usesOutside`).
    var outsideUses = 0
    /// The mutable `self` of a struct method and the escaping closure argument compiling (`escapingClosure`).
    var escapingSelfCapture: (variable: VariableInfo, closure: SourceLocation)?
    /// Set while an assignment through an optional chain compiles as a value of type `Void?` (`(a?.x = 1) != nil`).
    var assignmentAsOptionalVoid = false
    /// The level of the function whose frame a closure with owned captures copies, and that closure (see
    /// `noteOwnedCaptureAccess`).
    var ownedCaptureGuard: (level: Int, closure: SourceLocation)?
    /// While `super.init(…)!` or `self.init(…)!` is compiled: whether a failable initializer took the `!` (see
    /// `Compiler+ForcedDelegation`); nil otherwise.
    var forcedDelegation: Bool?
    /// Every function and method compiled so far, so their bodies can be released (`releaseCompiledCode`).
    var compiledFunctions: [FunctionInfo] = []
    /// The time the cell being compiled may take to compile (see `CompileBudget`).
    var compileBudget = CompileBudget(seconds: .infinity)
    /// The typed AST of the cell being compiled: every expression node's type, resolution and conversions.
    var typeTable = TypeTable()
    /// Set while the type-check oracle compiles: the generator makes every decision itself (see `checkedOverload`).
    var comparesCheckedDecisions = false
    /// When set (the resolution oracle, `nbrun debug resolve`), every name a `.name` expression looked up (nil: off).
    var nameLookups: [NameLookup]?
    /// The resolution of the cell being compiled, and the scope each open declaration was compiled in (see
    /// `Compiler+ResolvedNames.swift`).
    var resolution: Resolution?
    var declaredScopes: [DeclaredLocal: [Scope]] = [:]
    /// The `.name` nodes the compiler wrote in this cell (implicit members' `self`), and what each refers to.
    var synthesizedNames = IdentityTable<Expr, SynthesizedName>()
    /// Wraps each top-level statement's code as the cell's statements compile (the interpreter counts how far a
    /// cell ran, to know which globals a failing cell left without a value: see `FailedCells`).
    var topLevelStatementHook: ((Stmt, StatementBox) -> StatementBox)?
    /// The method, initializer or accessor whose body is compiling (its `usedGlobals` are noted).
    var compilingMember: FunctionInfo?
    /// The types `compileExprTypeOnly` found in the cell being compiled (emptied before each cell).
    var typeMemo = TypeMemo()
    /// Nodes compiled and type-only compilations, over every cell (`nbrun debug counts`).
    var compileCounts = CompileCounts()
    /// How many `compileExprTypeOnly` compilations enclose the node compiling (0: its code is kept).
    var typeOnlyDepth = 0
    /// Whether a cell declared an implicitly unwrapped optional (`T!`): only then are reads checked for one.
    var hasImplicitlyUnwrapped = false
    /// The force-unwraps the compiler wrote for them (their nil is "implicitly unwrapping").
    var implicitUnwraps = IdentitySet<Expr>()
    /// `try`, `do`–`catch` and throwing calls being compiled (see `Compiler+Errors`).
    var errorHandling = ErrorHandlingState()
    /// The qualified names of the types whose members are being declared or compiled, innermost last (a type
    /// nested in them is found by its own name, see `userType(named:)`).
    var typeNamePrefixes: [String] = []
    /// Where the written `Set`/`Dictionary` types of the cells start, by their first argument's position.
    var containerLocations: [SourceLocation: SourceLocation] = [:]
    /// Tokens swiftc reports some mistakes at, by the position the AST keeps for their node (from the syntax tree):
    /// an enum case pattern's payload `(` by the case name's position, a subscript's `]` by its `[`, the `let` of a
    /// tuple `if let (a, b) = pair` by its pattern's position (see `Lowering+TupleBindings`).
    var reportedTokens: [SourceLocation: SourceLocation] = [:]
    /// Protocols' existential tags, built-in types' extensions and conformances to check.
    let protocolState = ProtocolState()
    /// The types, functions and type aliases the cells declared (see `Declarations`).
    let declarations = Declarations()

    init(globalScope: Scope, globals: Frame, runtime: Runtime, registry: NativeRegistry) {
        self.scope = globalScope
        self.globalScope = globalScope
        self.globals = globals
        self.runtime = runtime
        self.registry = registry
    }

    // MARK: Diagnostics

    /// Reports `kind` at `location` (unless the type checker already did: `report`).
    func error(_ kind: CompileError, at location: SourceLocation) {
        report(kind.diagnostic(at: location))
    }

    /// Reports a type mismatch unless either side already has an error.
    func mismatch(_ kind: CompileError, _ types: CType..., at location: SourceLocation) {
        if types.contains(where: \.hasError) { return }
        error(kind, at: location)
    }

    /// Drops every compiled body and the values of the globals frame. Compiled code and the values it creates
    /// refer to each other (a recursive function's body calls itself; a closure kept in a global captures the
    /// globals frame), so without this an interpreter's memory (its 1 MB globals frame included) is never freed.
    func releaseCompiledCode() {
        for function in compiledFunctions {
            function.body = nil
            function.wordBody = nil
            // Recycled frames hold the globals frame as their parent (a method's FunctionInfo may outlive this).
            function.runtime.pointee.frames = []
            function.runtime.pointee.framePointers = []
        }
        compiledFunctions = []
        declarations.functionInfos = [:]
        for type in declarations.userTypes.values {
            type.describe = nil
            type.equals = nil
            type.deinitializer = nil
        }
        declarations.userTypes = [:]
        declarations.typeAliases = [:]
        declarations.typeInfos = [:]
        globals.clearValues()
    }

    // MARK: Scopes

    func withScope<T>(_ context: FunctionContext? = nil, _ body: () -> T) -> T {
        let saved = scope
        scope = Scope(parent: saved, context: context ?? saved.context)
        defer { leaveScope(to: saved) }
        return body()
    }

    /// Declares a variable in the current scope and returns it.
    func declareVariable(_ name: String, type: CType, isLet: Bool, at location: SourceLocation, slot: Int? = nil,
                         unpacked: [WordKind]? = nil) -> VariableInfo {
        // `_` (an ignored parameter or binding) may appear any number of times and is never looked up.
        if name != "_", let existing = scope.names[name] {
            // At the notebook's top level a later cell may redefine a name; within one cell it is an error.
            let isGlobal = scope.parent == nil
            switch existing {
            case .variable(let previous):
                if !isGlobal || previous.cell == currentCell {
                    error(.invalidRedeclaration(name), at: location)
                }
            case .functions(let functions):
                if !isGlobal || functions.contains(where: { $0.cell == currentCell }) {
                    error(.invalidRedeclaration(name), at: location)
                }
            case .accessor(let previous):
                if !isGlobal || previous.cell == currentCell {
                    error(.invalidRedeclaration(name), at: location)
                }
            }
        }
        let allocated = slot ?? unpacked.map { scope.context.allocateWords($0.count) } ?? scope.context.allocate(type)
        let info = VariableInfo(name: name, type: type, isLet: isLet, level: scope.context.level,
                                slot: allocated, location: location, unpacked: unpacked)
        info.cell = currentCell
        if name != "_" {
            scope.names[name] = .variable(info)
            noteDeclared(name, at: location)
        }
        return info
    }

    // MARK: Frames and variables

    /// A closure returning the frame at `level` from a frame at the current level.
    func frameAccessor(level: Int) -> (Frame) -> Frame {
        if level == 0 {
            let globals = self.globals
            return { _ in globals }
        }
        let depth = scope.context.level - level
        switch depth {
        case 0: return { $0 }
        case 1: return { $0.ancestor(1) }
        default: return { $0.ancestor(depth) }
        }
    }

    /// A closure returning the word bank of the frame at `level`, without retaining the frame.
    func wordsAccessor(level: Int) -> (Frame) -> UnsafeMutablePointer<Int> {
        if level == 0 {
            let globals = self.globals
            return { _ in globals.words }
        }
        let depth = scope.context.level - level
        switch depth {
        case 0: return { $0.words }
        default: return { $0.ancestor(depth).words }
        }
    }

    /// Code reading a variable.
    func load(_ variable: VariableInfo) -> Typed {
        noteAccess(variable)
        let slot = variable.slot
        let type = variable.type
        if let kinds = variable.unpacked {
            let words = wordsAccessor(level: variable.level)
            return Typed(type: type, code: .value { UnpackedStruct.pack(words($0) + slot, kinds) })
        }
        if type.isWord { return wordRead(type, level: variable.level, slot: slot) }
        // An array or struct read from an inner function or closure is checked against a sort in progress.
        if variable.level != scope.context.level, let check = ExclusiveAccess.readCheck(for: type) {
            let read: (Frame) -> Value
            if variable.level == 0 {
                let globals = self.globals
                read = { _ in globals.values[slot] }
            } else {
                let access = frameAccessor(level: variable.level)
                read = { access($0).values[slot] }
            }
            return Typed(type: type, code: .value { frame in
                let value = read(frame)
                try check(value)
                return value
            })
        }
        if variable.level == 0 {
            let globals = self.globals
            return Typed(type: type, code: .value { _ in globals.values[slot] })
        }
        if variable.level == scope.context.level { return Typed(type: type, code: .value { $0.values[slot] }) }
        let access = frameAccessor(level: variable.level)
        return Typed(type: type, code: .value { access($0).values[slot] })
    }

    /// Code storing a compiled value into a variable.
    func store(_ variable: VariableInfo, _ value: Typed) -> (Frame) throws -> Void {
        noteAccess(variable)
        let slot = variable.slot
        if let kinds = variable.unpacked {
            let boxed = value.value
            let words = wordsAccessor(level: variable.level)
            return { frame in
                let result = try boxed(frame)
                UnpackedStruct.unpack(result, into: words(frame) + slot, kinds)
            }
        }
        if variable.type.isWord { return wordStore(value, level: variable.level, slot: slot) }
        let boxed = value.value
        if variable.level == scope.context.level {
            return { $0.values[slot] = try boxed($0) }
        }
        let access = frameAccessor(level: variable.level)
        return { frame in
            let result = try boxed(frame)
            access(frame).values[slot] = result
        }
    }

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
        for statement in statements {
            if case .typeDeclaration(let decl) = statement { declareTypeMembersWithNested(decl) }
        }
        for statement in statements {
            if case .function(let decl) = statement { declareFunction(decl) }
        }
        typeCheckCell(statements)
        // A cell's top-level functions may use the cell's globals declared after them (as in a Swift file): their
        // bodies compile once every top-level statement has declared its names.
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
        let result = compileRemaining(others[...])
        for decl in deferred { compileFunctionBody(decl) }
        return result
    }

    /// Compiles statements in a new scope into one closure.
    func compileBlock(_ statements: [Stmt], loopLabel: (name: String?, id: Int)? = nil) -> (Frame) throws -> Flow {
        withScope {
            if let loopLabel { scope.loopLabels.append(loopLabel) }
            guard loopLabel != nil, let last = statements.last, !FrameCapture.mayCapture(statements),
                  !statements.contains(where: { if case .deferStatement = $0 { return true } else { return false } }) else {
                return sequence(compileStatements(statements))
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
            return sequence(codes)
        }
    }

    /// Runs statement closures in order, stopping at the first that does not finish normally.
    func sequence(_ codes: [StatementBox]) -> (Frame) throws -> Flow {
        sequenceBox(codes[...]).run
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
        guard case .expression(let expr) = statement else { return compileStatement(statement).map(StatementBox.init) }
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
            return storingClosure(value) {
                compileVariable(isLet: isLet, pattern: pattern, typeExpr: typeExpr, value: value, location: location)
            }
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
            return storingClosure(value) { compileReturn(value, location) }
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
              variable.type.isWord, !variable.isLet, !isCheckedLentAccess(variable),
              variable.level == scope.context.level || variable.level == 0 else { return nil }
        let newValue: Typed
        if op == "=" {
            newValue = coerce(compileExpr(value, expected: variable.type), to: variable.type, at: value.location) {
                .assignmentType($0, target: $1)
            }
        } else {
            newValue = compileBinary(String(op.dropLast()), target, value, expected: variable.type, at: location)
            if newValue.type.hasError { return { _ in } }
            if newValue.type != variable.type {
                mismatch(.binaryOperatorTypes(op, variable.type, newValue.type),
                         variable.type, newValue.type, at: location)
                return { _ in }
            }
        }
        return wordStore(newValue, level: variable.level, slot: variable.slot)
    }

    private func loopID(_ label: String?, _ location: SourceLocation, keyword: String) -> Int? {
        let loops = scope.enclosingLoops()
        let realLoops = loops.filter { !switchLabelIDs.contains($0.id) }
        if keyword == "continue", label == nil, realLoops.isEmpty {
            error(.continueOutsideLoop, at: location)
            return nil
        }
        guard let label else {
            if loops.isEmpty {
                let stray: CompileError = keyword == "break" ? .breakOutsideLoop(insideIfOrDo: scope.isInsideIfOrDo()) : .continueOutsideLoop
                error(stray, at: location)
                return nil
            }
            return 0
        }
        guard let loop = loops.last(where: { $0.name == label }) else {
            error(.cannotFindLabel(label), at: location)
            return nil
        }
        return loop.id
    }

    private func compileVariable(isLet: Bool, pattern: BindingPattern, typeExpr: TypeExpr?, value: Expr?,
                                 location: SourceLocation) -> ((Frame) throws -> Flow)? {
        let declared = typeExpr.map(resolveType)
        var typed: Typed?
        if let value, case .nilLiteral = value.kind, let declared, !declared.hasError, !declared.isOptional {
            // The cell will not run: the variable is declared with its type so later uses are checked.
            error(inClosureBody ? .nilWithoutContext : .nilForNonOptional(declared), at: value.location)
            typed = Typed(type: declared, code: .value { _ in .none })
        } else if let value {
            var compiled = compileExpr(value, expected: declared)
            if let declared {
                compiled = coerce(compiled, to: declared, at: Compiler.conversionLocation(of: value)) {
                    .specifiedType($0, specified: $1)
                }
            }
            typed = compiled
        }
        guard case .name(let name, let nameLocation) = pattern else {
            guard let typed else {
                error(.typeAnnotationMissing, at: location)
                return nil
            }
            let code = typed.value
            if let value, !typed.type.hasError, !Compiler.isTuple(typed.type), case .tuple(let parts) = pattern {
                // `let (a, b) = 5`: swiftc reports it at the value.
                error(.tuplePatternShape(typed.type, elements: parts.count), at: value.location)
                _ = bindPattern(pattern, type: .error, isLet: isLet, at: location)
                return nil
            }
            if let value, reportTupleCountMismatch(pattern, typed.type, at: value.location) {
                _ = bindPattern(pattern, type: .error, isLet: isLet, at: location)
                return nil
            }
            guard let bind = bindPattern(pattern, type: typed.type, isLet: isLet, at: location) else { return nil }
            return { frame in
                try bind(frame, try code(frame))
                return .normal
            }
        }
        var type = declared ?? typed?.type ?? .error
        if declared == .set(.error), let typed { type = typed.type }
        if declared == nil && typed == nil {
            error(.typeAnnotationMissing, at: nameLocation)
        }
        if type == .void, let value {
            _ = value
            type = .void
        }
        if case .array(.error) = type, declared == nil, let value, case .array(let elements) = value.kind, elements.isEmpty {
            error(.emptyCollectionLiteral, at: value.location)
        }
        let variable = declareVariable(name, type: type, isLet: isLet, at: nameLocation,
                                       unpacked: isLet ? nil : UnpackedStruct.kinds(of: type))
        if isLet && value == nil { variable.initializedLater = true }
        guard let typed else {
            // Declared without a value: starts as the type's zero value.
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
        if let kinds = variable.unpacked, let value, let read = borrowedElement(value) {
            // `var p = xs[i]`: the element's fields go straight into the words, without retaining the element.
            let slot = variable.slot
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
}
