import Diagnostics

/// What the generator met in the cell being compiled, in order (issue 12, the diagnostics switch-over): the
/// diagnostics it reported and the errors the type checker had already reported (`appendAlreadyReported`). Both count
/// as errors for the generator's own decisions (`Compiler.hasErrors(since:)`: a body with errors is not callable, a
/// trial compilation that meets an error does not fit); only the first are diagnostics of the cell (`reported`).
///
/// Trial compilations save the log and put it back (`let saved = diagnostics … diagnostics = saved`), which undoes both
/// kinds together. The log is deliberately no `Sequence`: an already-reported error must never leave it as a
/// diagnostic by accident (`Array(log)`, `array += log`), and every position into it is one of `count`'s.
struct GeneratorDiagnostics: ExpressibleByArrayLiteral {
    private struct Entry {
        var diagnostic: Diagnostic
        /// Whether the checker reported this error first (it is then no diagnostic of the generator's).
        var alreadyReported: Bool
    }

    private var entries: [Entry] = []

    /// A log holding `elements`, reported by the generator.
    init(arrayLiteral elements: Diagnostic...) {
        entries = elements.map { Entry(diagnostic: $0, alreadyReported: false) }
    }

    private init(entries: [Entry]) {
        self.entries = entries
    }

    /// How many errors and warnings the log holds, the already-reported errors included (a position into the log).
    var count: Int { entries.count }

    /// The diagnostics the generator reported, in order, without the errors the checker had already reported.
    var reported: [Diagnostic] { entries.compactMap { $0.alreadyReported ? nil : $0.diagnostic } }

    /// How many errors the checker had already reported the log holds.
    var alreadyReportedCount: Int { entries.reduce(0) { $0 + ($1.alreadyReported ? 1 : 0) } }

    /// Adds a diagnostic the generator reports.
    mutating func append(_ diagnostic: Diagnostic) {
        entries.append(Entry(diagnostic: diagnostic, alreadyReported: false))
    }

    /// Adds an error the generator met that the checker already reported as `diagnostic` (no diagnostic of its own).
    mutating func appendAlreadyReported(_ diagnostic: Diagnostic) {
        entries.append(Entry(diagnostic: diagnostic, alreadyReported: true))
    }

    /// Adds diagnostics the generator reports.
    static func += (log: inout GeneratorDiagnostics, diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { log.append(diagnostic) }
    }

    /// Adds what another log holds (the already-reported errors stay so).
    static func += (log: inout GeneratorDiagnostics, other: GeneratorDiagnostics) {
        log.entries += other.entries
    }

    /// What the log holds from position `start` on, as a log of its own.
    func log(from start: Int) -> GeneratorDiagnostics {
        GeneratorDiagnostics(entries: Array(entries[start...]))
    }

    /// Whether the log holds `diagnostic` (reported or already reported).
    func contains(_ diagnostic: Diagnostic) -> Bool {
        entries.contains { $0.diagnostic == diagnostic }
    }

    /// Whether the generator reported a diagnostic of `diagnostic`'s severity at its position.
    func hasReported(atPositionOf diagnostic: Diagnostic) -> Bool {
        guard let location = diagnostic.location else { return false }
        return entries.contains { !$0.alreadyReported && $0.diagnostic.location == location && $0.diagnostic.severity == diagnostic.severity }
    }

    /// Whether an entry from position `start` on satisfies `predicate`.
    func contains(from start: Int, where predicate: (Diagnostic) -> Bool) -> Bool {
        entries[start...].contains { predicate($0.diagnostic) }
    }

    /// Every entry's diagnostic, in order (the already-reported errors included: for comparisons, never to report).
    func map<T>(_ transform: (Diagnostic) -> T) -> [T] {
        entries.map { transform($0.diagnostic) }
    }

    /// Forgets the entries from position `start` on.
    mutating func removeSubrange(_ range: PartialRangeFrom<Int>) {
        entries.removeSubrange(range)
    }

    /// Forgets the entries from position `start` on that satisfy `predicate`.
    mutating func removeAll(from start: Int, where predicate: (Diagnostic) -> Bool) {
        let kept = entries[start...].filter { !predicate($0.diagnostic) }
        entries.removeSubrange(start...)
        entries += kept
    }
}
