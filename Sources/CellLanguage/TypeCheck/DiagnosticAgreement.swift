import Diagnostics

/// The diagnostics oracle (issue 12: the front end decides, the generator never re-checks): for one cell (or a sum of
/// cells), the errors each pass reported and what the generator reported on its own. The front end (parse, lowering,
/// the type checker, the checks, the notebook) reports the cell's mistakes. The generator reports what it cannot build
/// (`CompileError.cannotGenerate`): a cascade, dropped, when another pass reported an error, and an internal error (an
/// nbrun bug) otherwise; over the corpora there must be none. Its other reports are the checks it still makes itself
/// until they move into the front end. swiftc's messages and positions are the oracle of every pass's diagnostics
/// (`ErrorPositionTests` and the diagnostics tests).
public struct DiagnosticAgreement: Sendable {
    /// The cell's errors by the pass that reported them (`DiagnosticsByPass`).
    public var errorsByPass: [DiagnosticPass: Int] = [:]
    /// Diagnostics the type checker reported.
    public var checked = 0
    /// The generator's reports of code it cannot build in cells where no other pass reported an error, one line each
    /// (`line:col: message`): nbrun bugs, shown to the user as the cell's errors.
    public var internalErrors: [String] = []
    /// The generator's reports of code it cannot build dropped because other passes reported errors (cascades).
    public var droppedBehindFrontEnd = 0
    /// The errors the generator still decides itself (its checks not yet moved into the front end), one line each.
    public var generatorChecks: [String] = []
    /// The checker's errors the generator met again with the same message and position (`Compiler.report`): the
    /// checking the generator still repeats.
    public var recheckedByGenerator = 0

    /// Creates an empty tally.
    public init() {}

    /// The tally of one compiled cell.
    init(cell: CompiledCell) {
        for pass in DiagnosticPass.allCases {
            errorsByPass[pass] = cell.diagnosticsByPass[pass].filter { $0.severity == .error }.count
        }
        checked = cell.diagnosticsByPass[.checker].count
        let errors = cell.generatorReported.filter { $0.severity == .error }
        // A report another pass made too is a repeat of the front end's (a body the generator compiled before the
        // checker ran), the others are its own.
        let frontEnd = Set(DiagnosticPass.allCases.filter { $0 != .generator }.flatMap { cell.diagnosticsByPass[$0] })
        let repeats = errors.filter(frontEnd.contains)
        generatorChecks = errors.filter { !$0.isCannotGenerate && !frontEnd.contains($0) }.map(Self.line)
        let cannotGenerate = errors.filter(\.isCannotGenerate)
        if cell.diagnosticsByPass[.generator].contains(where: \.isCannotGenerate) {
            internalErrors = cannotGenerate.map(Self.line)
        } else {
            droppedBehindFrontEnd = cannotGenerate.count
        }
        recheckedByGenerator = cell.generatorMetCheckerErrors + repeats.count
    }

    /// Adds another cell's tally.
    public mutating func add(_ other: DiagnosticAgreement) {
        errorsByPass.merge(other.errorsByPass, uniquingKeysWith: +)
        checked += other.checked
        generatorChecks += other.generatorChecks
        internalErrors += other.internalErrors
        droppedBehindFrontEnd += other.droppedBehindFrontEnd
        recheckedByGenerator += other.recheckedByGenerator
    }

    /// `errorsByPass` in the passes' order: `parse 2, lowering 0, checker 3, checks 1, generator 0, notebook 0`.
    public var errorsByPassDescription: String {
        DiagnosticPass.allCases.map { "\($0.rawValue) \(errorsByPass[$0] ?? 0)" }.joined(separator: ", ")
    }

    /// The front end's errors: every pass's but the generator's.
    public var frontEndErrors: Int {
        DiagnosticPass.allCases.filter { $0 != .generator }.reduce(0) { $0 + (errorsByPass[$1] ?? 0) }
    }

    private static func line(_ diagnostic: Diagnostic) -> String {
        let position = diagnostic.location.map { "\($0.line):\($0.column): " } ?? ""
        let notes = diagnostic.notes.isEmpty ? "" : " (\(diagnostic.notes.joined(separator: "; ")))"
        return position + diagnostic.message + notes
    }
}
