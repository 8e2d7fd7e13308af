import Diagnostics

/// The diagnostics oracle: for one cell (or a sum of cells), whether every diagnostic the type checker reported is
/// one the generator reported too (message, notes, line and column), and how many of the generator's errors the
/// checker found (see `TypeChecker+Diagnostics`).
public struct DiagnosticAgreement: Sendable {
    /// Errors the generator reported.
    public var reported = 0
    /// The generator's errors of the kinds the checker reports (by their messages' openings, `checkedMessages`, or
    /// endings, `checkedEndings`: the mistakes in subscripts' arguments, types that cannot be constructed).
    public var reportedOfCheckedKinds = 0
    /// Diagnostics the checker reported.
    public var checked = 0
    /// The checker's diagnostics the generator reported too.
    public var agreed = 0
    /// The generator's errors of the checked kinds the checker reported too (the checker's other diagnostics, of
    /// kinds outside `checkedMessages`, count in `agreed` only).
    public var agreedOfCheckedKinds = 0
    /// The checker's diagnostics the generator did not report, one line each (`line:col: message`).
    public var disagreements: [String] = []
    /// The generator's errors of the checked kinds the checker did not report, one line each.
    public var missed: [String] = []

    /// The openings of the messages of the kinds the checker reports.
    static let checkedMessages = ["cannot convert value of type", "cannot convert return expression", "binary operator",
                                  "value of type", "value of tuple type", "'%' is unavailable", "incorrect argument label",
                                  "missing argument", "extra argument", "extraneous argument label",
                                  "cannot call value of non-function type", "trailing closure passed to parameter",
                                  "cannot assign value of type", "no exact matches in call to instance method",
                                  "initializer 'init(_:radix:)' requires", "zip takes two unlabelled sequences",
                                  "no exact matches in call to initializer",  // s16-diag-calls
                                  "global function",  // s16-diag-calls (zip, max, generic functions' constraints; not where clauses)
                                  "referencing instance method",  // s16-diag-calls
                                  "generic struct",  // s16-diag-calls
                                  "cannot infer type of closure parameter",  // s16-diag-calls
                                  "contextual closure type",  // s16-diag-calls
                                  "stride ",  // s16-diag-calls
                                  "reduce(into:_:) needs",  // s16-diag-calls
                                  "ambiguous use of"]  // s16-diag-calls

    /// The endings of the messages of the kinds the checker reports whose messages open with a name.
    static let checkedEndings = ["in subscript", "because it has no accessible initializers"]  // the last: s16-diag-calls

    /// Creates an empty tally.
    public init() {}

    /// Compares the checker's diagnostics of a cell with the diagnostics the generator reported for it.
    init(checked: [Diagnostic], generated: [Diagnostic]) {
        let errors = generated.filter { $0.severity == .error }
        reported = errors.count
        self.checked = checked.count
        for diagnostic in checked {
            if errors.contains(diagnostic) { agreed += 1 } else { disagreements.append(Self.line(diagnostic)) }
        }
        // Subscripts' argument mistakes (`extra argument in subscript`) are of the checked kinds.
        for error in errors where Self.checkedMessages.contains(where: error.message.hasPrefix)
                                  || Self.checkedEndings.contains(where: error.message.hasSuffix) {
            reportedOfCheckedKinds += 1
            if checked.contains(error) { agreedOfCheckedKinds += 1 } else { missed.append(Self.line(error)) }
        }
    }

    /// Adds another cell's tally.
    public mutating func add(_ other: DiagnosticAgreement) {
        reported += other.reported
        reportedOfCheckedKinds += other.reportedOfCheckedKinds
        checked += other.checked
        agreed += other.agreed
        agreedOfCheckedKinds += other.agreedOfCheckedKinds
        disagreements += other.disagreements
        missed += other.missed
    }

    /// The share of the generator's errors of the checked kinds that the checker reported alike.
    public var coverage: Double {
        reportedOfCheckedKinds == 0 ? 0 : Double(agreedOfCheckedKinds) / Double(reportedOfCheckedKinds)
    }

    private static func line(_ diagnostic: Diagnostic) -> String {
        let position = diagnostic.location.map { "\($0.line):\($0.column): " } ?? ""
        let notes = diagnostic.notes.isEmpty ? "" : " (\(diagnostic.notes.joined(separator: "; ")))"
        return position + diagnostic.message + notes
    }
}
