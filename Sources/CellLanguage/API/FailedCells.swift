import Diagnostics
import SwiftSyntax

/// What an interpreter remembers of the cells that failed, so that no later cell reads a global whose declaration
/// never completed (its slot holds no value of its own: a 0, an empty array) — with `--allow-errors`, after a cell
/// marked `error: true`, in previews and live pages.
///
/// - A cell that does not compile never runs: every top-level name it declares (variable, constant, function,
///   type) is unavailable to the cells after it, and each use of one there is a compile error at the use
///   (`CompileError.declaredInFailedCell`). The names stay declared with their types, so the later cells compile on
///   and report their own mistakes.
/// - A cell that stops at a run-time error keeps what it did before the error, as a Jupyter kernel does: the globals
///   whose declaration ran keep their values; those declared by the statement that failed or after it have none.
///   Its functions and types are declarations, not statements, and stay usable. A later cell that uses one of
///   those globals — directly, or through a function, closure or type that may use it (the notebook's facts) —
///   runs its statements before the one holding the first such use, then stops with an error at that use (before
///   any statement when the use is in the body of one of its functions or types, which may run earlier).
/// - A later cell that declares the name again makes it available from that cell on.
///
/// Nothing is checked where globals are read: the check runs once before each cell, and only once some cell has
/// stopped at a run-time error leaving a global without a value. The functions, methods and accessors whose body
/// uses such a global (an extension's member the facts cannot follow) are marked like a declaration with errors:
/// a call of one stops at the call, with the same message — the check calls make anyway.
final class FailedCells {
    /// A top-level variable or constant of one cell (by the cell's compile number).
    struct Global: Hashable {
        var name: String
        var cell: Int
    }

    /// A global declared by a compiled cell: its line and the top-level statement that declares it (0 when not
    /// known: then any run-time error of the cell leaves it without a value).
    struct Declared {
        var name: String
        var line: Int
        var statement: Int
        /// The compiler's variable, whose uses function bodies record.
        var variable: VariableInfo?
    }

    /// The first use in a cell that may touch a global of an earlier cell: where, the name written there, and the
    /// top-level statement (syntax item) holding it — nil in the body of a function or type, which may run when
    /// any statement does.
    struct Use {
        var location: SourceLocation
        var name: String
        var item: Int?
    }

    /// The source range of one top-level syntax item of a cell, and whether it is a declaration whose body runs
    /// only when called (a function, a type, an extension).
    struct Item {
        var start: SourceLocation
        var end: SourceLocation
        var isBody: Bool
    }

    /// What the checks need to know of one compiled cell.
    struct CellGlobals {
        /// The cell's compile number.
        var number = 0
        /// The globals the cell declares.
        var declared: [Declared] = []
        /// For each global of an earlier cell the cell may touch, the first use (in source order) that may.
        var uses: [Global: Use] = [:]
        /// The syntax item of each top-level statement with code, in order (nil when not known).
        var statementItems: [Int?] = []
    }

    /// Why a global has no value: the lines of its declaration and of the error that stopped its cell.
    private struct Missing {
        var declaredLine: Int
        var errorLine: Int?
    }

    /// Which top-level statement of the running cell started last (the wrapped statements set it), and the one
    /// before which the cell stops, with the error it stops with.
    private final class Progress {
        var statement = 0
        var stop = Int.max
        var error: RuntimeError?

        /// Notes that statement `index` starts; throws when the cell stops there (or at a later statement, should
        /// that one never run).
        @inline(__always) func start(_ index: Int) throws {
            statement = index
            if index >= stop, let error { throw error }
        }
    }

    /// Names declared by cells that did not compile, with the line of their declaration.
    private var notCompiled: [String: Int] = [:]
    /// Globals left without a value by a cell that stopped at a run-time error.
    private var notRun: [Global: Missing] = [:]
    private let progress = Progress()
    /// For each top-level statement of the cell compiling that has code, the globals it declares and its item.
    private var statementNames: [[String]] = []
    private var statementItems: [Int?] = []
    /// The top-level syntax items of the cell compiling.
    private var items: [Item] = []
    /// The functions marked because a cell stopped at a run-time error, with that cell's compile number.
    private var marked = IdentityTable<FunctionInfo, Int>()

    // MARK: Compiling

    /// The first use of each earlier cell's global that a cell with `resolution` may touch: the name itself and
    /// what using it may read or write (`effects`); `declaringCell` gives the compile number of the cell whose
    /// variable a name is now (nil for functions, types and built-ins). Called before the cell compiles.
    func uses(in resolution: Resolution, declaringCell: (String) -> Int?,
              effects: (String) -> GlobalEffects?) -> [Global: Use] {
        // Each name once: its first use, and whether some use is in a body (which an earlier statement may call:
        // then the cell stops before any statement).
        var first: [String: Use] = [:]
        var inBody: Set<String> = []
        let items = self.items
        for use in resolution.uses where use.referent == .earlierGlobal {
            let name = Self.baseName(use.name)
            let item = Self.item(holding: use.location, in: items).flatMap { items[$0].isBody ? nil : $0 }
            if item == nil { inBody.insert(name) }
            if let known = first[name], Self.precedes(known.location, use.location) { continue }
            first[name] = Use(location: use.location, name: name, item: item)
        }
        var result: [Global: Use] = [:]
        for (name, var use) in first {
            if inBody.contains(name) { use.item = nil }
            let latent = effects(name)
            for other in [name] + (latent.map { Array($0.reads.union($0.writes)) } ?? []) {
                guard let cell = declaringCell(other) else { continue }
                let global = Global(name: other, cell: cell)
                guard let known = result[global] else {
                    result[global] = use
                    continue
                }
                var earliest = Self.precedes(known.location, use.location) ? known : use
                if known.item == nil || use.item == nil { earliest.item = nil }
                result[global] = earliest
            }
        }
        return result
    }

    /// Starts compiling a cell whose top-level syntax `items` are given (by `map`): returns the hook the compiler
    /// wraps each top-level statement's code with. Called before `uses(in:…)`.
    func startCompiling(_ items: CodeBlockItemListSyntax, map: SourceMap) -> (Stmt, StatementBox) -> StatementBox {
        statementNames = []
        statementItems = []
        self.items = items.map { item in
            let isBody = item.item.is(DeclSyntax.self) && !item.item.is(VariableDeclSyntax.self)
            return Item(start: map.location(ofOffset: item.positionAfterSkippingLeadingTrivia.utf8Offset),
                        end: map.location(ofOffset: max(item.endPositionBeforeTrailingTrivia.utf8Offset - 1, 0)), isBody: isBody)
        }
        return { [unowned self] statement, box in
            let index = statementNames.count
            statementNames.append(Self.declaredNames(statement))
            statementItems.append(Self.location(of: statement).flatMap { Self.item(holding: $0, in: self.items) })
            let progress = self.progress
            if let simple = box.simple {
                return StatementBox(simple: { frame in
                    try progress.start(index)
                    try simple(frame)
                })
            }
            let run = box.run
            return StatementBox { frame in
                try progress.start(index)
                return try run(frame)
            }
        }
    }

    /// Whether `a` comes before `b` in the notebook.
    private static func precedes(_ a: SourceLocation, _ b: SourceLocation) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }

    /// The index of the item whose range holds `location` (items are in source order and do not overlap).
    private static func item(holding location: SourceLocation, in items: [Item]) -> Int? {
        var low = 0, high = items.count
        while low < high {
            let middle = (low + high) / 2
            if precedes(location, items[middle].start) { high = middle } else { low = middle + 1 }
        }
        guard low > 0, !precedes(items[low - 1].end, location) else { return nil }
        return low - 1
    }

    /// The uses, in a cell with `resolution`, of names declared by earlier cells that did not compile.
    func usesOfNamesNotCompiled(in resolution: Resolution) -> [Diagnostic] {
        guard !notCompiled.isEmpty else { return [] }
        return resolution.uses.compactMap { use in
            let name = Self.baseName(use.name)
            guard use.referent == .earlierGlobal, let line = notCompiled[name] else { return nil }
            return CompileError.declaredInFailedCell(name, line: line).diagnostic(at: use.location)
        }
    }

    /// Ends compiling a cell: its top-level names are available again (declared anew), or unavailable when it
    /// `failed`, and then the functions, methods and accessors it declares (`functions` compiled while it compiled,
    /// those declared on its `lines`) stop when called: an extension's members are no names, but they are the
    /// cell's declarations too. `variable` gives the cell's own variable of a name. Returns the globals it
    /// declares, with the statements that declare them.
    func finishCompiling(_ resolution: Resolution, failed: Bool, variable: (String) -> VariableInfo?,
                         functions: ArraySlice<FunctionInfo>, lines: ClosedRange<Int>) -> (declared: [Declared], items: [Int?]) {
        var declared: [Declared] = []
        var declaringStatement: [String: Int] = [:]
        for (index, names) in statementNames.enumerated().reversed() {
            for name in names { declaringStatement[name] = index }
        }
        for declaration in resolution.declarations where declaration.isTopLevel {
            notCompiled[declaration.name] = failed ? declaration.location.line : nil
            guard declaration.kind == .constant || declaration.kind == .variable else { continue }
            let statement = declaringStatement[declaration.name] ?? 0
            declared.append(Declared(name: declaration.name, line: declaration.location.line, statement: statement,
                                     variable: variable(declaration.name)))
        }
        let statements = statementItems
        statementNames = []
        statementItems = []
        items = []
        // A specialization of an earlier cell's generic function, made while this cell compiled, is not its own.
        for function in functions where failed && !function.hasErrors && lines.contains(function.location.line) {
            function.hasErrors = true
            function.unavailableUse = CompileError.declaredInFailedCell(function.name, line: function.location.line).message
        }
        return (declared, statements)
    }

    /// Marks the `functions` whose body uses one of the globals of `reasons` (by identity: name, why it has no
    /// value); returns them.
    private func mark(_ functions: [FunctionInfo], _ reasons: IdentityTable<VariableInfo, (String, String)>) -> [FunctionInfo] {
        guard !reasons.isEmpty else { return [] }
        return functions.filter { function in
            guard !function.hasErrors,
                  // The first name in alphabetical order, so the message does not depend on the sets' order.
                  let (name, reason) = (Array(function.accessedGlobals) + Array(function.usedGlobals))
                      .compactMap({ reasons[$0] }).min(by: { $0.0 < $1.0 })
            else { return false }
            function.hasErrors = true
            function.unavailableUse = "'\(function.name)' uses '\(name)', which is not available: \(reason)"
            return true
        }
    }

    // MARK: Running

    /// The error that stops `cell`: its first use of a global an earlier cell left without a value, and the
    /// top-level statement before which it stops (0: before any; nil when there is no such use, always until a
    /// cell has stopped at a run-time error).
    func refusal(of cell: CellGlobals) -> (error: RuntimeError, before: Int)? {
        guard !notRun.isEmpty else { return nil }
        var first: (use: Use, global: Global, missing: Missing)?
        for (global, use) in cell.uses {
            guard let missing = notRun[global] else { continue }
            if let found = first, (found.use.location.line, found.use.location.column, found.global.name)
                <= (use.location.line, use.location.column, global.name) { continue }
            first = (use, global, missing)
        }
        guard let (use, global, missing) = first else { return nil }
        let reason = Self.reason(missing)
        let message = use.name == global.name
            ? "'\(global.name)' is not available: \(reason)"
            : "'\(use.name)' uses '\(global.name)', which is not available: \(reason)"
        // The statements before the use's run: the first that is not known to be before its item stops the cell.
        let before = use.item.map { item in cell.statementItems.firstIndex { ($0 ?? Int.max) >= item } ?? 0 } ?? 0
        return (RuntimeError(message: message, location: use.location), before)
    }

    /// Called before a cell runs; `stop`: it stops before that top-level statement with that error.
    func startRunning(stop: (error: RuntimeError, before: Int)? = nil) {
        progress.statement = 0
        progress.stop = stop?.before ?? Int.max
        progress.error = stop?.error
    }

    /// Why a global has no value, in the messages.
    private static func reason(_ missing: Missing) -> String {
        let stop = missing.errorLine.map { "stopped at an error on line \($0)" } ?? "stopped at an error"
        return "the cell that declares it (line \(missing.declaredLine)) \(stop) before it got a value"
    }

    /// Records how `cell`'s run ended: stopped at an error (`failed`, with the error's location: the globals its
    /// statements had not declared have no value, and the `functions` that use them stop when called) or not (all
    /// have one).
    func finishRunning(_ cell: CellGlobals, failed: Bool, at location: SourceLocation?, functions: () -> [FunctionInfo]) {
        guard failed || !notRun.isEmpty else { return }
        var reasons = IdentityTable<VariableInfo, (String, String)>()
        for declared in cell.declared {
            let global = Global(name: declared.name, cell: cell.number)
            if failed && declared.statement >= progress.statement {
                let missing = Missing(declaredLine: declared.line, errorLine: location?.line)
                notRun[global] = missing
                if let variable = declared.variable { reasons[variable] = (declared.name, Self.reason(missing)) }
            } else {
                notRun[global] = nil
            }
        }
        for (function, markedBy) in marked where markedBy == cell.number {
            function.hasErrors = false
            function.unavailableUse = nil
            marked[function] = nil
        }
        for function in mark(functions(), reasons) { marked[function] = cell.number }
    }

    /// Records that `cell` was refused (it did not run at all: none of its globals has a value).
    func refused(_ cell: CellGlobals, at location: SourceLocation?, functions: () -> [FunctionInfo]) {
        startRunning()
        finishRunning(cell, failed: true, at: location, functions: functions)
    }

    // MARK: Names

    /// A location inside a statement (nil when it has none of its own).
    private static func location(of statement: Stmt) -> SourceLocation? {
        switch statement {
        case .expression(let expr): return expr.location
        case .variable(_, _, _, _, let location), .ifStatement(_, _, _, let location), .guardStatement(_, _, let location),
             .forIn(_, _, _, _, _, _, let location), .whileLoop(_, _, _, let location), .repeatWhile(_, _, _, let location),
             .returnStatement(_, let location), .breakStatement(_, let location), .continueStatement(_, let location),
             .switchStatement(_, _, _, let location), .throwStatement(_, let location), .doCatch(_, _, let location),
             .deferStatement(_, let location), .typeAlias(_, _, let location):
            return location
        case .block(let statements): return statements.lazy.compactMap(location).first
        case .function, .typeDeclaration, .invalid: return nil
        }
    }

    /// The name of a use without generic arguments (`Node<Int>` is `Node`).
    private static func baseName(_ name: String) -> String {
        name.contains("<") ? String(name.prefix { $0 != "<" }) : name
    }

    /// The globals a top-level statement declares (`let`/`var` patterns, `guard let`).
    private static func declaredNames(_ statement: Stmt) -> [String] {
        switch statement {
        case .variable(_, let pattern, _, _, _):
            return names(pattern)
        case .guardStatement(let conditions, _, _):
            return conditions.compactMap { condition in
                if case .optionalBinding(_, let name, _, _, _) = condition { return name }
                return nil
            }
        default:
            return []
        }
    }

    private static func names(_ pattern: BindingPattern) -> [String] {
        switch pattern {
        case .name(let name, _): return [name]
        case .wildcard: return []
        case .tuple(let patterns): return patterns.flatMap(names)
        }
    }
}
