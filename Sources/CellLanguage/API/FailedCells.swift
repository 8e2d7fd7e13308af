import Diagnostics

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
///   does not run: its run is an error at the first such use.
/// - A later cell that declares the name again makes it available from that cell on.
///
/// Nothing is checked where globals are read: the check runs once before each cell, and only once some cell has
/// stopped at a run-time error leaving a global without a value.
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
    }

    /// The first use in a cell that may touch a global of an earlier cell: where, and the name written there.
    struct Use {
        var location: SourceLocation
        var name: String
    }

    /// What the checks need to know of one compiled cell.
    struct CellGlobals {
        /// The cell's compile number.
        var number = 0
        /// The globals the cell declares.
        var declared: [Declared] = []
        /// For each global of an earlier cell the cell may touch, the first use (in source order) that may.
        var uses: [Global: Use] = [:]
    }

    /// Why a global has no value: the lines of its declaration and of the error that stopped its cell.
    private struct Missing {
        var declaredLine: Int
        var errorLine: Int?
    }

    /// Which top-level statement of the running cell started last (the wrapped statements set it).
    private final class Progress {
        var statement = 0
    }

    /// Names declared by cells that did not compile, with the line of their declaration.
    private var notCompiled: [String: Int] = [:]
    /// Globals left without a value by a cell that stopped at a run-time error.
    private var notRun: [Global: Missing] = [:]
    private let progress = Progress()
    /// For each top-level statement of the cell compiling that has code, the globals it declares.
    private var statementNames: [[String]] = []

    // MARK: Compiling

    /// The first use of each earlier cell's global that a cell with `resolution` may touch: the name itself and
    /// what using it may read or write (`effects`); `declaringCell` gives the compile number of the cell whose
    /// variable a name is now (nil for functions, types and built-ins). Called before the cell compiles.
    func uses(in resolution: Resolution, declaringCell: (String) -> Int?,
              effects: (String) -> GlobalEffects?) -> [Global: Use] {
        var result: [Global: Use] = [:]
        let uses = resolution.uses.filter { $0.referent == .earlierGlobal }
            .sorted { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) }
        for use in uses {
            let name = Self.baseName(use.name)
            var touched = [name]
            if let latent = effects(name) { touched += latent.reads.sorted() + latent.writes.sorted() }
            for other in touched {
                guard let cell = declaringCell(other) else { continue }
                let global = Global(name: other, cell: cell)
                if result[global] == nil { result[global] = Use(location: use.location, name: name) }
            }
        }
        return result
    }

    /// Starts compiling a cell: the hook the compiler wraps each top-level statement's code with.
    func startCompiling() -> (Stmt, StatementBox) -> StatementBox {
        statementNames = []
        return { [unowned self] statement, box in
            let index = statementNames.count
            statementNames.append(Self.declaredNames(statement))
            let progress = self.progress
            if let simple = box.simple {
                return StatementBox(simple: { frame in
                    progress.statement = index
                    try simple(frame)
                })
            }
            let run = box.run
            return StatementBox { frame in
                progress.statement = index
                return try run(frame)
            }
        }
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
    /// `failed`. Returns the globals it declares, with the statements that declare them.
    func finishCompiling(_ resolution: Resolution, failed: Bool) -> [Declared] {
        var declared: [Declared] = []
        for declaration in resolution.declarations where declaration.isTopLevel {
            notCompiled[declaration.name] = failed ? declaration.location.line : nil
            guard declaration.kind == .constant || declaration.kind == .variable else { continue }
            let statement = statementNames.firstIndex { $0.contains(declaration.name) } ?? 0
            declared.append(Declared(name: declaration.name, line: declaration.location.line, statement: statement))
        }
        statementNames = []
        return declared
    }

    // MARK: Running

    /// The error that stops `cell` before it runs: its first use of a global an earlier cell left without a value
    /// (nil when there is none, always until a cell has stopped at a run-time error).
    func refusal(of cell: CellGlobals) -> Diagnostic? {
        guard !notRun.isEmpty else { return nil }
        var first: (use: Use, global: Global, missing: Missing)?
        for (global, use) in cell.uses {
            guard let missing = notRun[global] else { continue }
            if let found = first, (found.use.location.line, found.use.location.column, found.global.name)
                <= (use.location.line, use.location.column, global.name) { continue }
            first = (use, global, missing)
        }
        guard let (use, global, missing) = first else { return nil }
        let stop = missing.errorLine.map { "stopped at an error on line \($0)" } ?? "stopped at an error"
        let reason = "the cell that declares it (line \(missing.declaredLine)) \(stop) before it got a value"
        let message = use.name == global.name
            ? "'\(global.name)' is not available: \(reason)"
            : "'\(use.name)' uses '\(global.name)', which is not available: \(reason)"
        return .error(message, at: use.location)
    }

    /// Called before `cell` runs.
    func startRunning() {
        progress.statement = 0
    }

    /// Records how `cell`'s run ended: stopped at an error (`failed`, with the error's location: the globals its
    /// statements had not declared have no value) or not (all have one).
    func finishRunning(_ cell: CellGlobals, failed: Bool, at location: SourceLocation?) {
        guard failed || !notRun.isEmpty else { return }
        for declared in cell.declared {
            let global = Global(name: declared.name, cell: cell.number)
            if failed && declared.statement >= progress.statement {
                notRun[global] = Missing(declaredLine: declared.line, errorLine: location?.line)
            } else {
                notRun[global] = nil
            }
        }
    }

    /// Records that `cell` was refused (it did not run at all: none of its globals has a value).
    func refused(_ cell: CellGlobals, at location: SourceLocation?) {
        progress.statement = 0
        finishRunning(cell, failed: true, at: location)
    }

    // MARK: Names

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
