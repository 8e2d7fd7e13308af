import CellSyntax
import Diagnostics
import Foundation
import SwiftParser
import SwiftSyntax

/// Runs the cells of one notebook: compile every cell (static pass) in order, then run them in order against
/// one shared state, so a name defined in cell 3 is visible in cell 7.
///
/// Typical use by the Runner:
/// ```swift
/// let interpreter = Interpreter()
/// Bindings.install(into: interpreter)            // native functions and types, before compiling
/// let compiled = cells.map(interpreter.compile)  // reports every independent mistake at once
/// for cell in compiled where !cell.hasErrors { let result = interpreter.run(cell) }
/// ```
public final class Interpreter {
    /// Limits applied to every run.
    public var limits: ExecutionLimits {
        didSet { runtime.limits = limits }
    }
    /// Called on the cell's thread with the progress training calls report (step, loss), for live status lines.
    public var progressHandler: ((TrainingProgress) -> Void)? {
        get { runtime.progressHandler }
        set { runtime.progressHandler = newValue }
    }
    private let runtime: Runtime
    private let registry = NativeRegistry()
    /// Slots of the globals frame (fixed, so slot access stays a constant pointer).
    static let globalCapacity = 1 << 15
    private let globals = Frame(words: Interpreter.globalCapacity, values: Interpreter.globalCapacity, parent: nil)
    private let globalContext = FunctionContext(level: 0, returnType: nil)
    private lazy var globalScope = Scope(parent: nil, context: globalContext)
    lazy var compiler = Compiler(globalScope: globalScope, globals: globals, runtime: runtime, registry: registry)
    private var cellCount = 0
    /// The library types (`LibraryTypes`) declared in the notebook so far.
    var loadedLibraryTypes = Set<String>()
    /// The operators and precedence groups the notebook's cells declared so far.
    private let operators = OperatorTable()
    private let notebookFacts = NotebookFacts()
    /// The globals of failed cells that later cells cannot use (see `FailedCells`).
    private let failedCells = FailedCells()
    /// Name resolution's memory of the cells compiled so far (see `Resolver`).
    private lazy var resolverContext = ResolverContext { [unowned self] name in
        registry.functions[name] != nil || registry.types[name] != nil || registry.constants[name] != nil
            || compiler.builtinType(named: name) != nil || ResolverContext.standardNames.contains(name)
    }

    /// The module name Swift would show in debug descriptions of types declared in cells (`main.Point` inside
    /// collections); set it to what the equivalent compiled program's module would be called.
    public var moduleName: String {
        get { compiler.moduleName }
        set { compiler.moduleName = newValue }
    }

    /// How much compiling the cells compiled so far took (nodes, type requests and what answered them); `countingSites` turns on
    /// the per-site breakdown for the cells compiled after it.
    public var compileCounts: CompileCounts {
        var counts = compiler.compileCounts
        counts.scopeLookups = globalScope.walks.count - scopeLookupsAtReset
        return counts
    }
    private var scopeLookupsAtReset = 0

    /// Resets `compileCounts`, with or without the per-site breakdown.
    public func resetCompileCounts(countingSites: Bool) {
        compiler.compileCounts = CompileCounts(bySite: countingSites)
        scopeLookupsAtReset = globalScope.walks.count
    }

    /// Creates an interpreter with empty state.
    public init(limits: ExecutionLimits = .init()) {
        self.limits = limits
        runtime = Runtime(limits: limits)
    }

    deinit {
        // Compiled code and the values cells created form reference cycles; break them.
        if cellCount > 0 { compiler.releaseCompiledCode() }
        globals.clearValues()
    }

    // MARK: Bindings

    /// Makes a native global function callable from cells (several may share a name if labels or types differ).
    public func register(_ function: NativeFunction) {
        registry.functions[function.name, default: []].append(function)
    }

    /// Makes a native type (initializers, methods, properties) usable from cells.
    public func register(_ type: NativeType) {
        registry.types[type.name] = type
    }

    /// Makes an operator on native values usable from cells (`a + b`, `2 * t`, `-t`, `w -= g`).
    public func register(_ nativeOperator: NativeOperator) {
        registry.operators[nativeOperator.symbol, default: []].append(nativeOperator)
    }

    /// Makes an enum-like set of constants usable from cells: `registerConstants("Theme", cases: ["dark", "light"])`
    /// lets cells write `.dark` where a `Theme` is expected (or `Theme.dark`); natives receive the case name.
    public func registerConstants(_ typeName: String, cases: [String]) {
        registry.constants[typeName] = cases
    }

    // MARK: Compile and run

    /// Static pass for one cell: parse, lower, resolve against everything declared by earlier compiled cells.
    /// Declares the cell's top-level names even when the cell has errors, so later cells don't cascade.
    ///
    /// Compiling counts against `timeoutSeconds` (default: `limits.timeoutSeconds`): a cell that takes longer to
    /// compile is reported at its first line and does not run.
    public func compile(_ cell: CellSource) -> CompiledCell {
        compile(cell, timeoutSeconds: nil)
    }

    /// `compile(_:)` with the time the cell may spend compiling (nil: `limits.timeoutSeconds`).
    public func compile(_ cell: CellSource, timeoutSeconds: Double?) -> CompiledCell {
        // Parsing and lowering recurse on the nesting of the code: give them the same large stack as runs.
        let seconds = timeoutSeconds ?? limits.timeoutSeconds
        let task = CompileTask { self.compileOnCurrentThread(cell, timeoutSeconds: seconds) }
        BigStackThread.run(task.execute)
        return task.result!
    }

    /// Compiles a cell like `compile(_:)` and also returns its lowered syntax tree, one node a line with positions
    /// and, with `withTypes`, the static type the compiler gave each expression (`nbrun debug ast|types`).
    public func inspect(_ cell: CellSource, withTypes: Bool) -> (cell: CompiledCell, tree: String) {
        var tree = ""
        let task = CompileTask {
            self.compileOnCurrentThread(cell, timeoutSeconds: self.limits.timeoutSeconds) { statements in
                var printer = SyntaxTreePrinter(types: withTypes ? self.compiler.typeTable.annotations : [:])
                printer.statements(statements)
                tree = printer.text
            }
        }
        BigStackThread.run(task.execute)
        return (task.result!, tree)
    }

    /// Compiles a cell like `compile(_:)` while recording what the compiler's scopes answer for every name, and
    /// compares those answers with the cell's `Resolution` (the resolution oracle of `nbrun debug resolve`).
    public func compileComparingResolution(_ cell: CellSource) -> (cell: CompiledCell, agreement: ResolutionAgreement) {
        compiler.nameLookups = []
        defer { compiler.nameLookups = nil }
        let compiled = compile(cell)
        return (compiled, ResolutionAgreement(resolution: compiled.resolution, lookups: compiler.nameLookups ?? []))
    }

    func compileOnCurrentThread(_ cell: CellSource, timeoutSeconds: Double,
                                        inspect: (([Stmt]) -> Void)? = nil) -> CompiledCell {
        loadLibraryTypes(namedIn: cell, timeoutSeconds: timeoutSeconds)
        cellCount += 1
        let functionsBefore = compiler.compiledFunctions.count
        let map = SourceMap(cell)
        if let offset = BracketNesting.offsetBeyondLimit(in: cell.code) {
            return CompiledCell(source: cell, diagnostics: [BracketNesting.diagnostic(at: map.location(ofOffset: offset))],
                                code: { _ in .normal })
        }
        let tree = SyntaxTrees.tree(for: cell.code)
        let parseErrors = ParseErrors.diagnostics(for: tree, map: map)
        let lowering = Lowering(map: map, operators: operators)
        lowering.declareOperators(tree.statements)
        let statements = lowering.lower(tree.statements)
        let resolution = resolverContext.resolve(statements)
        compiler.topLevelStatementHook = failedCells.startCompiling(tree.statements, map: map)
        let globalUses = failedCells.uses(in: resolution, declaringCell: { self.globalVariable($0)?.cell },
                                          effects: notebookFacts.effects(of:))
        defer { compiler.topLevelStatementHook = nil }
        compiler.containerLocations.merge(lowering.containerLocations) { $1 }
        compiler.reportedTokens.merge(lowering.reportedTokens) { $1 }
        compiler.declarations.importedModules.formUnion(lowering.importedModules)
        compiler.diagnostics = []
        // About one expression node per 6 characters of code: no rehashing while the cell compiles.
        compiler.typeTable = TypeTable(capacity: cell.code.utf8.count / 6)
        compiler.compileBudget = CompileBudget(seconds: timeoutSeconds)
        defer {
            compiler.typeTable = TypeTable()
            compiler.compileBudget = CompileBudget(seconds: .infinity)
        }
        compiler.currentCell = cellCount
        compiler.scope = globalScope
        compiler.resolution = resolution
        compiler.declaredScopes = [:]
        compiler.synthesizedNames = [:]
        defer { compiler.resolution = nil }
        var code: (Frame) throws -> Flow = { _ in .normal }
        var passes = DiagnosticsByPass()
        if parseErrors.isEmpty {
            passes.add(lowering.diagnostics, by: .lowering)
            let asWritten = declarationsAsWrittenDiagnostics(statements)
            code = compiler.sequence(compiler.compileStatements(statements))
            addCheckerDiagnostics(to: &passes)
            passes.add(asWritten + flowCheckDiagnostics(statements), by: .checks)
        } else {
            passes = compileAroundParseErrors(tree.statements, map: map)
        }
        passes.add(parseErrors, by: .parse)
        let usesOfFailedCells = failedCells.usesOfNamesNotCompiled(in: resolution)
        passes.add(usesOfFailedCells, by: .notebook)
        let generatorReported = addGeneratorDiagnostics(to: &passes)
        let generatorMetCheckerErrors = compiler.diagnostics.alreadyReportedCount
        compiler.countCheckedDiagnostics()
        compiler.diagnostics = []
        if compiler.compileBudget.exhausted {
            passes = DiagnosticsByPass()
            passes.add([CompileError.compileTimeLimit(seconds: timeoutSeconds).diagnostic(at: cell.firstStatementLocation)], by: .notebook)
            code = { _ in .normal }
        }
        if globalContext.wordCount > Interpreter.globalCapacity || globalContext.valueCount > Interpreter.globalCapacity {
            passes.add([CompileError.tooManyGlobals(limit: Interpreter.globalCapacity).diagnostic(at: cell.firstStatementLocation)], by: .notebook)
            code = { _ in .normal }
        }
        var diagnostics = passes.all
        diagnostics.sort { ($0.location?.line ?? 0, $0.location?.column ?? 0) < ($1.location?.line ?? 0, $1.location?.column ?? 0) }
        let (declared, statementItems) = failedCells.finishCompiling(resolution, failed: diagnostics.contains { $0.severity == .error },
                                                   variable: { self.globalVariable($0).flatMap { $0.cell == self.cellCount ? $0 : nil } },
                                                   functions: compiler.compiledFunctions[functionsBefore...],
                                                   lines: cell.firstLine...cell.firstLine + cell.code.utf8.reduce(0) { $1 == 10 ? $0 + 1 : $0 })
        inspect?(statements)
        let facts = notebookFacts.analyze(statements, resolution: resolution, mayHoldReferences: { self.globalType($0)?.mayHoldReferences ?? false },
                                          mayCarryCode: { self.globalType($0)?.mayCarryCode ?? false })
        let compiled = CompiledCell(source: cell, diagnostics: Interpreter.unique(diagnostics), facts: facts,
                                    resolution: resolution, code: code)
        compiled.diagnosticsByPass = passes.keeping(compiled.diagnostics)
        compiled.generatorReported = generatorReported
        compiled.generatorMetCheckerErrors = generatorMetCheckerErrors
        compiled.globals = FailedCells.CellGlobals(number: cellCount, declared: declared, uses: globalUses,
                                                   statementItems: statementItems)
        compiled.usesOfFailedCells = usesOfFailedCells.filter(compiled.diagnostics.contains)
        return compiled
    }

    /// A cell that does not parse: its well-formed top-level statements are still compiled, so that the mistakes in
    /// them are reported in the same run (swiftc does the same); the statements with a parse error only declare
    /// their names, and nothing is reported inside them but the parse errors. The cell does not run.
    private func compileAroundParseErrors(_ items: CodeBlockItemListSyntax, map: SourceMap) -> DiagnosticsByPass {
        var broken: [Stmt] = [], wellFormed: [Stmt] = []
        var brokenLines: [ClosedRange<Int>] = []
        let lowering = Lowering(map: map, operators: operators)
        lowering.declareOperators(items)
        for item in items {
            let statements = lowering.lowerItem(item)
            if item.hasError {
                broken += statements
                let first = map.location(ofOffset: item.positionAfterSkippingLeadingTrivia.utf8Offset).line
                let last = map.location(ofOffset: max(item.endPositionBeforeTrailingTrivia.utf8Offset - 1, 0)).line
                brokenLines.append(first...max(first, last))
            } else {
                wellFormed += statements
            }
        }
        compiler.containerLocations.merge(lowering.containerLocations) { $1 }
        compiler.reportedTokens.merge(lowering.reportedTokens) { $1 }
        compiler.declarations.importedModules.formUnion(lowering.importedModules)
        // Names of the broken statements first, so uses of them elsewhere are not reported as unknown.
        compiler.declareNamesOnly(broken)
        // The well-formed statements' own resolution (these nodes are new): the checker reports their unknown names.
        compiler.resolution = resolverContext.resolve(wellFormed)
        let asWritten = declarationsAsWrittenDiagnostics(wellFormed)
        _ = compiler.compileStatements(wellFormed)
        var found = DiagnosticsByPass()
        found.add(lowering.diagnostics, by: .lowering)
        addCheckerDiagnostics(to: &found)
        found.add(asWritten + flowCheckDiagnostics(wellFormed), by: .checks)
        return found.filter { diagnostic in
            guard let line = diagnostic.location?.line else { return false }
            return !brokenLines.contains { $0.contains(line) }
        }
    }

    /// Adds the type checker's diagnostics of the cell (unless `NBRUN_IGNORE_CHECKED_TYPES=1` turned it off).
    private func addCheckerDiagnostics(to passes: inout DiagnosticsByPass) {
        passes.add(compiler.takesCheckedDiagnostics ? compiler.typeTable.checked?.diagnostics ?? [] : [], by: .checker)
    }

    /// Adds what the generator reported itself (`Compiler.report`: not the checker's errors it met again) and returns
    /// it. The front end decides what is a mistake and the generator never re-checks: what it cannot build
    /// (`CompileError.cannotGenerate`) is dropped as a cascade when another pass reported an error, and otherwise is
    /// an internal error (an nbrun bug), which the diagnostics oracle requires none of. Its other reports are the
    /// checks it still makes itself until they move into the front end (issue 12), and are kept.
    private func addGeneratorDiagnostics(to passes: inout DiagnosticsByPass) -> [Diagnostic] {
        let reported = compiler.diagnostics.reported
        let own = reported.filter { !$0.isCannotGenerate }
        passes.add(own, by: .generator)
        if !passes.all.contains(where: { $0.severity == .error }) {
            passes.add(reported.filter(\.isCannotGenerate), by: .generator)
        }
        return reported
    }

    /// The type of the top-level variable `name`; nil for functions, types and unknown names.
    private func globalType(_ name: String) -> CType? {
        globalVariable(name)?.type
    }

    /// The top-level variable `name` now is; nil for functions, types and unknown names.
    private func globalVariable(_ name: String) -> VariableInfo? {
        guard case .variable(let variable)? = globalScope.names[name] else { return nil }
        return variable
    }

    /// The cell's diagnostics without echoes of the error type and without repeats. The checker's errors no longer
    /// come twice (the generator notes them as already reported: `Compiler.report`); the repeats left are the
    /// generator's own (a mistake it meets twice, e.g. an empty collection literal in Positions/Declarations).
    private static func unique(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen = Set<Diagnostic>()
        // A message about the error type (`<<error type>>`) is the echo of an earlier mistake, which swiftc does not
        // report either; it is kept only when nothing else was reported, so a cell with an error never runs.
        let echoes = diagnostics.filter { $0.message.contains(CType.error.description) }
        let kept = echoes.count < diagnostics.count ? diagnostics.filter { !echoes.contains($0) } : diagnostics
        return kept.filter { seen.insert($0).inserted }
    }

    /// Runs a compiled cell against the shared state. A cell with compile errors does not run; its
    /// diagnostics are returned. A run-time error stops the cell and is reported at the failing expression.
    public func run(_ cell: CompiledCell, timeoutSeconds: Double? = nil) -> CellExecution {
        guard !cell.hasErrors else {
            return CellExecution(outputs: [], diagnostics: cell.diagnostics)
        }
        let refusal = failedCells.refusal(of: cell.globals)
        if let refusal, refusal.before == 0 {
            // Nothing runs before the use (or it is in a body any statement may call).
            failedCells.refused(cell.globals, at: refusal.error.location, functions: { self.compiler.compiledFunctions })
            return CellExecution(outputs: [], diagnostics: cell.diagnostics + [.error(refusal.error.message, at: refusal.error.location)])
        }
        runtime.begin(timeoutSeconds: timeoutSeconds ?? limits.timeoutSeconds)
        runtime.seedRandom(from: cell.source.code)
        failedCells.startRunning(stop: refusal)
        let task = RunTask(code: cell.code, frame: globals, memoryLimit: limits.maxMemoryBytes, runtime: runtime)
        BigStackThread.run(task.execute)
        failedCells.finishRunning(cell.globals, failed: task.failure != nil, at: task.failure?.location,
                                  functions: { self.compiler.compiledFunctions })
        var diagnostics = cell.diagnostics
        if let failure = task.failure {
            diagnostics.append(failure)
        } else if let failure = runtime.keyFailure ?? runtime.lateFailure {
            diagnostics.append(.error(failure.message, at: failure.location))
        }
        return CellExecution(outputs: runtime.finish(), diagnostics: diagnostics, cpuSeconds: task.cpuSeconds)
    }

    /// Compiles and runs one cell: convenient for tests and single-cell use.
    public func execute(_ cell: CellSource, timeoutSeconds: Double? = nil) -> CellExecution {
        let compiled = compile(cell)
        return run(compiled, timeoutSeconds: timeoutSeconds)
    }
}

/// One cell run, executed on a thread with a large stack (deep recursion in cells must not overflow ours).
private final class RunTask: @unchecked Sendable {
    let code: (Frame) throws -> Flow
    let frame: Frame
    let memoryLimit: Int
    let runtime: Runtime
    var failure: Diagnostic?
    /// CPU time of the thread that ran the cell, in seconds.
    var cpuSeconds = 0.0

    init(code: @escaping (Frame) throws -> Flow, frame: Frame, memoryLimit: Int, runtime: Runtime) {
        self.code = code
        self.frame = frame
        self.memoryLimit = memoryLimit
        self.runtime = runtime
    }

    func execute() {
        MemoryBudget.threadLimit = memoryLimit
        runtime.startClock()
        defer { runtime.stopClock() }
        let start = Runtime.threadCPUNanoseconds()
        defer { cpuSeconds = Double(Runtime.threadCPUNanoseconds() &- start) / 1e9 }
        do {
            _ = try code(frame)
        } catch let error as RuntimeError {
            failure = .error(error.message, at: error.location)
        } catch let error as ThrownError {
            failure = .error("error raised at top level: \(error.qualifiedDescription)", at: error.location)
        } catch let error as NativeError {
            failure = .error(error.message, at: nil)
        } catch {
            failure = .error("\(error)", at: nil)
        }
    }
}

/// One compile, executed on a thread with a large stack.
final class CompileTask: @unchecked Sendable {
    let work: () -> CompiledCell
    var result: CompiledCell?

    init(_ work: @escaping () -> CompiledCell) {
        self.work = work
    }

    func execute() {
        result = work()
    }
}
