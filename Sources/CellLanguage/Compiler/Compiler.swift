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
    /// The `&` of the inout argument whose target is being compiled (see `compileInoutPlace`).
    var inoutArgumentLocation: SourceLocation?
    /// The nodes of the optional chain (`a?.b.c()`) being compiled: they are its links and must not wrap again.
    var optionalChainSpine = IdentitySet<Expr>()
    /// The types whose methods are being compiled, innermost last.
    var selfContexts: [SelfContext] = []
    /// The module name shown in debug descriptions of declared types (`main.Point`).
    var moduleName = "main"
    /// The library types the notebook declared in Swift (`LibraryTypes`), of the module `Swift`.
    var libraryTypeNames = Set<String>()
    /// The notebook's top-level scope and its slot layout.
    var globalScope: Scope
    var globalScopeContext: FunctionContext { globalScope.context }
    /// Label ids that belong to `switch` statements (a `break` target, not a `continue` target).
    var switchLabelIDs: Set<Int> = []
    /// The compile number of the cell being compiled.
    var currentCell = 0
    /// A block-local variable whose value the statement being compiled may move out of its slot instead of
    /// copying: set only for the last statement of a loop body (see `compileBlock`).
    var lastUse: VariableInfo?
    /// The declared function whose body is compiling (it records the globals it uses: `noteGlobalAccess`).
    var compilingFunction: FunctionInfo?
    /// How many uses of globals and calls of declared functions or function values have compiled (a method body
    /// that adds none cannot reach a global lent to it: `FunctionInfo.usesOutside`).
    var outsideUses = 0
    /// Set while an assignment through an optional chain compiles as a value of type `Void?` (`(a?.x = 1) != nil`).
    var assignmentAsOptionalVoid = false
    /// Whether `super.init(…)!` or `self.init(…)!` is being compiled (see `Compiler+ForcedDelegation`).
    var forcedDelegation = false
    /// Every function and method compiled so far, so their bodies can be released (`releaseCompiledCode`).
    var compiledFunctions: [FunctionInfo] = []
    /// The time the cell being compiled may take to compile (see `CompileBudget`).
    var compileBudget = CompileBudget(seconds: .infinity)
    /// The typed AST of the cell being compiled: every expression node's type, resolution and conversions.
    var typeTable = TypeTable()
    /// When set (the resolution oracle, `nbrun debug resolve`), every name a `.name` expression looked up (nil: off).
    var nameLookups: [NameLookup]?
    /// The resolution of the cell being compiled, and the scope each open declaration was compiled in (see
    /// `Compiler+ResolvedNames.swift`).
    var resolution: Resolution?
    var declaredScopes: [DeclaredLocal: [Scope]] = [:]
    /// The last `return value` compiled in a function's own frame (not a word), and its value's code: a body that is
    /// that one statement runs the code directly in mutating calls (see `compileBodyStatements`).
    var returnedValue: (expr: Expr, value: (Frame) throws -> Value)?
    /// The `.name` nodes the compiler wrote in this cell (implicit members' `self`), and what each refers to.
    var synthesizedNames = IdentityTable<Expr, SynthesizedName>()
    /// Wraps each top-level statement's code as the cell's statements compile (the interpreter counts how far a
    /// cell ran, to know which globals a failing cell left without a value: see `FailedCells`).
    var topLevelStatementHook: ((Stmt, StatementBox) -> StatementBox)?
    /// The method, initializer or accessor whose body is compiling (its `usedGlobals` are noted).
    var compilingMember: FunctionInfo?
    /// Nodes compiled, type requests and throw-away compilations, over every cell (`nbrun debug counts`).
    var compileCounts = CompileCounts()
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

    /// Notes that the generator cannot build code for the node at `location`. The front end (parse, lowering, the
    /// type checker, the checks) decides what is a mistake and reports it; the generator never re-checks, so this is
    /// either the cascade of a mistake the front end reported (the generator's reports are then dropped) or, when the
    /// front end reported nothing, an nbrun bug: the cell then fails with `CompileError.cannotGenerate` there.
    func cannotGenerate(at location: SourceLocation) {
        report(CompileError.cannotGenerate.diagnostic(at: location))
    }

    /// Drops every compiled body and the values of the globals frame. Compiled code and the values it creates
    /// refer to each other (a recursive function's body calls itself; a closure kept in a global captures the
    /// globals frame), so without this an interpreter's memory (its 1 MB globals frame included) is never freed.
    func releaseCompiledCode() {
        for function in compiledFunctions {
            function.body = nil
            function.wordBody = nil  // (setting `body` dropped the direct bodies too)
            // Recycled frames hold the globals frame as their parent (a method's FunctionInfo may outlive this).
            function.runtime.pointee.frames = []
            function.runtime.pointee.framePointers = []
        }
        compiledFunctions = []
        declarations.functionInfos = [:]
        declarations.placeholderSignatures = [:]
        for type in declarations.userTypes.values {
            type.describe = nil
            type.equals = nil
            type.hashInto = nil
            type.objectKey = nil
            type.deinitializer = nil
        }
        declarations.userTypes = [:]
        declarations.typeAliases = [:]
        declarations.typeInfos = [:]
        declarations.checkedCopies = [:]
        declarations.checkedGenericMembers = [:]
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
        let allocated = slot ?? unpacked.map { scope.context.allocateWords($0.count) } ?? scope.context.allocate(type)
        let info = VariableInfo(name: name, type: type, isLet: isLet, level: scope.context.level,
                                slot: allocated, location: location, unpacked: unpacked)
        info.cell = currentCell
        // `_` (an ignored parameter or binding) may appear any number of times and is never looked up. A name
        // declared twice in one scope is the checks' mistake (`VariableRedeclarations`): the later one hides it.
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

    /// A closure returning the value bank of the frame at `level`, without retaining the frame (the frame outlives
    /// the access: it is the caller's, one of its ancestors or the globals).
    func valuesAccessor(level: Int) -> (Frame) -> UnsafeMutablePointer<Value> {
        if level == 0 {
            let globals = self.globals
            return { _ in globals.values }
        }
        let depth = scope.context.level - level
        switch depth {
        case 0: return { $0.values }
        default: return { $0.ancestor(depth).values }
        }
    }

    /// Code reading a variable.
    func load(_ variable: VariableInfo) -> Typed {
        guard let initialize = variable.initializeOnFirstAccess else { return loadStorage(variable) }
        return loadStorage(variable).prefixed(by: [initialize])  // a static property: initialized on first access
    }

    /// Code reading a variable's storage.
    private func loadStorage(_ variable: VariableInfo) -> Typed {
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
        let plain = storeStorage(variable, value)
        guard let initialize = variable.initializeOnFirstAccess else { return plain }
        return { frame in  // a static property: its initial value runs first, as in Swift
            try initialize(frame)
            try plain(frame)
        }
    }

    /// Code storing a compiled value into a variable's storage.
    func storeStorage(_ variable: VariableInfo, _ value: Typed) -> (Frame) throws -> Void {
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
}
