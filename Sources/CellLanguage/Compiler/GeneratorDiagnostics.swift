import Diagnostics

/// What the generator met in the cell being compiled, in order (issue 12, the diagnostics switch-over): the
/// diagnostics it reported, the errors the type checker had already reported (`appendAlreadyReported`), and the
/// checker's diagnostics of the cell, copied in before any code is generated (`appendChecked`). All count as errors
/// for the generator's own decisions (`Compiler.hasErrors(since:)`: a body with errors is not callable, a trial
/// compilation that meets an error does not fit); only the first are diagnostics of the generator (`reported`).
///
/// Trial compilations save the log and put it back (`let saved = diagnostics … diagnostics = saved`), which undoes both
/// kinds together. The log is deliberately no `Sequence`: an already-reported error must never leave it as a
/// diagnostic by accident (`Array(log)`, `array += log`), and every position into it is one of `count`'s.
struct GeneratorDiagnostics: ExpressibleByArrayLiteral {
    private struct Entry {
        /// Who put a diagnostic into the log.
        enum Origin {
            /// The generator reported it.
            case generator
            /// The generator met an error the checker had reported first (no diagnostic of the generator's).
            case alreadyReported
            /// The checker's diagnostic, copied in before generation (no diagnostic of the generator's).
            case checker
        }
        var diagnostic: Diagnostic
        var origin: Origin
    }

    private var entries: [Entry] = []

    /// A log holding `elements`, reported by the generator.
    init(arrayLiteral elements: Diagnostic...) {
        entries = elements.map { Entry(diagnostic: $0, origin: .generator) }
    }

    private init(entries: [Entry]) {
        self.entries = entries
    }

    /// How many errors and warnings the log holds, the already-reported errors included (a position into the log).
    var count: Int { entries.count }

    /// The diagnostics the generator reported, in order, without the checker's.
    var reported: [Diagnostic] { entries.compactMap { $0.origin == .generator ? $0.diagnostic : nil } }

    /// How many errors the checker had already reported the generator met again.
    var alreadyReportedCount: Int { entries.reduce(0) { $0 + ($1.origin == .alreadyReported ? 1 : 0) } }

    /// Adds a diagnostic the generator reports.
    mutating func append(_ diagnostic: Diagnostic) {
        entries.append(Entry(diagnostic: diagnostic, origin: .generator))
    }

    /// Adds an error the generator met that the checker already reported as `diagnostic` (no diagnostic of its own).
    mutating func appendAlreadyReported(_ diagnostic: Diagnostic) {
        entries.append(Entry(diagnostic: diagnostic, origin: .alreadyReported))
    }

    /// Adds the checker's diagnostics of the cell, before any code is generated (none of them the generator's).
    mutating func appendChecked(_ diagnostics: [Diagnostic]) {
        entries += diagnostics.map { Entry(diagnostic: $0, origin: .checker) }
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
        return entries.contains { $0.origin == .generator && $0.diagnostic.location == location && $0.diagnostic.severity == diagnostic.severity }
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
