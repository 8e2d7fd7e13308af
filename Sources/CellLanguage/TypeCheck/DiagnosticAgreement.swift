import Diagnostics

/// The diagnostics oracle: for one cell (or a sum of cells), whether every diagnostic the type checker reported is
/// one the generator reported too (message, notes, line and column), and how many of the generator's errors the
/// checker found (see `TypeChecker+Diagnostics`). Only the generator's own errors count: the parser's, lowering's,
/// the flow checks' and the notebook's are no errors the checker should report (`errorsByPass`).
public struct DiagnosticAgreement: Sendable {
    /// The cell's errors by the pass that reported them (`DiagnosticsByPass`; no checker while the oracle runs).
    public var errorsByPass: [DiagnosticPass: Int] = [:]
    /// Errors the generator reported itself (`compiler.diagnostics.reported`).
    public var reported = 0
    /// The generator's errors of the kinds the checker reports (by their messages' openings, `checkedMessages` and,
    /// without notes, `checkedMessagesWithoutNotes`, or endings, `checkedEndings`: the mistakes in subscripts'
    /// arguments, types that cannot be constructed).
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
    /// The generator's errors of the other kinds (outside the checked ones) the checker did not report, one line each:
    /// the kinds still to move into the checker.
    public var missedOfOtherKinds: [String] = []

    /// The openings of the messages of the kinds the checker reports.
    static let checkedMessages = ["cannot convert value of type", "cannot convert return expression", "binary operator",
                                  "value of type", "value of tuple type", "'%' is unavailable", "incorrect argument label",
                                  "missing argument", "extra argument", "extraneous argument label",
                                  "argument '", "unnamed argument #",  // s20-diag (arguments out of order)
                                  "cannot call value of non-function type", "trailing closure passed to parameter",
                                  "cannot assign value of type", "no exact matches in call to instance method",
                                  "initializer 'init(_:radix:)' requires", "zip takes two unlabelled sequences",
                                  // s16-diag-values (TypeChecker+ValueDiagnostics):
                                  "integer literal", "negative integer", "unary operator", "value of optional type",
                                  "'subscript(_:)' is unavailable", "heterogeneous collection literal",
                                  "empty collection literal", "result values in '? :'", "'nil' requires a contextual type",
                                  "'nil' cannot initialize specified type", "reference to member", "cannot force unwrap",
                                  "cannot use optional chaining",
                                  // s16-diag-places: constants (`*` stands for the constant's name), statements, loops
                                  "left side of mutating operator isn't mutable: *is a 'let' constant",
                                  "cannot assign through subscript: *is a 'let' constant",
                                  "cannot assign to value: *is a 'let' constant",
                                  "cannot assign to property: *is a 'let' constant",
                                  "cannot use mutating member on immutable value: *is a 'let' constant",
                                  "cannot pass immutable value as inout argument: *is a 'let' constant",
                                  "cannot pass immutable value as inout argument: 'self' is immutable",  // s20-diag
                                  "cannot pass immutable value as inout argument: literals are not mutable",  // s20-diag
                                  "cannot pass immutable value as inout argument: binary operator returns immutable value",
                                  "unexpected non-void return value in void function", "non-void function should return a value",
                                  "for-in loop requires", "tuple pattern cannot match values of non-tuple type",
                                  "pattern cannot match values of type", "thrown expression type",
                                  "cannot assign through subscript: *returns immutable value",
                                  "cannot assign to property: *returns immutable value",
                                  "cannot use mutating member on immutable value: *returns immutable value",
                                  "left side of mutating operator isn't mutable: *returns immutable value",
                                  "expression is not assignable", "cannot assign to value: literals are not mutable",
                                  "cannot assign to value: binary operator returns immutable value",
                                  "cannot assign to value: *is a function", "cannot assign to immutable expression of type",
                                  "cannot pass immutable value of type",
                                  "cannot assign to value: *is a get-only property", "cannot assign to property: *is a get-only property",
                                  "left side of mutating operator isn't mutable: *is a get-only property",
                                  "cannot assign through '!'", "cannot use mutating member on immutable value: *is a get-only property",
                                  "passing value of type", "*tuples have a different number of elements",
                                  "cannot assign through subscript: subscript is get-only",
                                  "call can throw, but it is not marked with 'try' and the error is not handled",
                                  "call can throw but is not marked with 'try'", "errors thrown from here are not handled",
                                  "tuple pattern has the wrong length", "call can throw, but errors cannot be thrown out of a defer body",
                                  "switch must be exhaustive",
                                  "no exact matches in call to initializer",  // s16-diag-calls
                                  "global function",  // s16-diag-calls (zip, max, generic functions' constraints; where clauses since s22-diag)
                                  "referencing instance method",  // s16-diag-calls
                                  "generic struct",  // s16-diag-calls
                                  "cannot infer type of closure parameter",  // s16-diag-calls
                                  "cannot infer key path type from context",  // s22-valid
                                  "contextual closure type",  // s16-diag-calls
                                  "stride ",  // s16-diag-calls
                                  "reduce(into:_:) needs",  // s16-diag-calls
                                  "ambiguous use of",  // s16-diag-calls
                                  "cannot access element using subscript for tuple type",  // s16-wording
                                  "initializer for conditional binding must have Optional type",  // s16-diag-more
                                  "default argument value of type",  // s16-diag-more
                                  "expression pattern of type",  // s16-diag-more
                                  "invalid conversion from throwing function of type",  // s16-diag-more
                                  "conflicting arguments to generic parameter",  // s16-diag-more (min and max)
                                  // s17-diag: jumps and switch cases (TypeChecker+JumpDiagnostics)
                                  "'continue' is only allowed inside a loop", "unlabeled 'break' is only allowed",
                                  "'break' is only allowed inside a loop", "cannot find label",
                                  "*cannot transfer control out of a defer statement",
                                  "*label in a 'switch' must have at least one executable statement",
                                  "expected member name or initializer call after type name",  // s17-diag (TypeChecker+NameDiagnostics)
                                  "'&' may only be used to pass an argument to inout parameter",  // s17-diag
                                  "cannot find type '", "type 'Float' is not supported in nbrun cells",  // s17-diag
                                  "tuple pattern cannot match values of the non-tuple type",  // s17-diag (enum case payloads)
                                  // s17-diag: refused values (TypeChecker+RefusalDiagnostics)
                                  "one-sided ranges are supported as array subscripts",
                                  "operator '*' cannot be used as a value here", "Dictionary(grouping:by:) needs an array or a set",
                                  "Dictionary(uniqueKeysWithValues:) needs an array of (key, value) pairs",
                                  "cannot build a Set from a value of type", "compactMap needs a closure returning an optional",
                                  "flatMap needs a closure returning",
                                  "'as?' from *is not supported in nbrun cells (casts between classes are)",
                                  "'as!' from *is not supported in nbrun cells (casts between classes are)",
                                  "cannot find '*' in scope",  // s21-diag: with the generator's did-you-mean too
                                  "generic parameter '*' could not be inferred",  // s21-diag
                                  "call can throw, but the error is not handled; a function declared 'rethrows'",  // s21-diag
                                  "call can throw, but it is not marked with 'try' and the error is not handled; a function declared 'rethrows'",
                                  "no exact matches in call to global function", "no exact matches in call to local function",  // s21-diag
                                  "a character set is written at the call in nbrun cells",  // s21-diag
                                  "argument type '*' does not conform to expected type 'CVarArg'",  // s21-diag
                                  "'calling * on an ArraySlice", "'assigning to a range of an ArraySlice'",  // s21-diag
                                  "'firstIndex of a ClosedRange", "'lastIndex of a ClosedRange",  // s21-diag
                                  // s22-diag: the generator's last own errors
                                  "cannot assign to property: *setter is inaccessible",
                                  "left side of mutating operator isn't mutable: *setter is inaccessible",
                                  "function declares an opaque return type", "use of '",
                                  "a non-failable initializer cannot delegate to failable initializer",
                                  "protocol '*with associated types as a type (use it as a generic constraint) is not supported in nbrun cells"]

    /// The openings of the messages of the kinds the checker reports only without notes (none since s21-diag, whose
    /// checker reports unknown names with the generator's did-you-mean, `TypeChecker+NameDiagnostics`).
    static let checkedMessagesWithoutNotes: [String] = []

    /// Text inside the messages of the kinds the checker reports, for kinds whose opening others share
    /// (`type 'P' has no member 'm'`, `'(Int, Int)' is not convertible to '(Int)', tuples have …`, `type 'Int' cannot
    /// be used as a boolean; …`).
    static let checkedMessageParts = ["' has no member '", "tuples have a different number of elements",
                                      "cannot be used as a boolean",
                                      "' has associated values; use '"]  // s17-diag (TypeChecker+RefusalDiagnostics)

    /// The endings of the messages of the kinds the checker reports whose messages open with a name.
    static let checkedEndings = ["in subscript", "because it has no accessible initializers"]  // the last: s16-diag-calls

    /// Creates an empty tally.
    public init() {}

    /// Compares the checker's diagnostics of a cell with the diagnostics the generator reported for it.
    init(checked: [Diagnostic], byPass passes: DiagnosticsByPass) {
        for pass in DiagnosticPass.allCases {
            errorsByPass[pass] = passes[pass].filter { $0.severity == .error }.count
        }
        let errors = passes[.generator].filter { $0.severity == .error }
        reported = errors.count
        self.checked = checked.count
        for diagnostic in checked {
            if errors.contains(diagnostic) { agreed += 1 } else { disagreements.append(Self.line(diagnostic)) }
        }
        // Subscripts' argument mistakes (`extra argument in subscript`) are of the checked kinds.
        for error in errors {
            guard Self.checkedMessages.contains(where: { Self.opens(error.message, $0) })
                    || (error.notes.isEmpty && Self.checkedMessagesWithoutNotes.contains { Self.opens(error.message, $0) })
                    || Self.checkedMessageParts.contains(where: error.message.contains)
                    || Self.checkedEndings.contains(where: error.message.hasSuffix) else {
                if !checked.contains(error) { missedOfOtherKinds.append(Self.line(error)) }
                continue
            }
            reportedOfCheckedKinds += 1
            if checked.contains(error) { agreedOfCheckedKinds += 1 } else { missed.append(Self.line(error)) }
        }
    }

    /// Whether `message` starts with `opening`; an opening with a `*` also fixes the message's end (after the `*`).
    private static func opens(_ message: String, _ opening: String) -> Bool {
        guard let star = opening.firstIndex(of: "*") else { return message.hasPrefix(opening) }
        return message.hasPrefix(opening[..<star]) && message.hasSuffix(opening[opening.index(after: star)...])
    }

    /// Adds another cell's tally.
    public mutating func add(_ other: DiagnosticAgreement) {
        errorsByPass.merge(other.errorsByPass, uniquingKeysWith: +)
        reported += other.reported
        reportedOfCheckedKinds += other.reportedOfCheckedKinds
        checked += other.checked
        agreed += other.agreed
        agreedOfCheckedKinds += other.agreedOfCheckedKinds
        disagreements += other.disagreements
        missed += other.missed
        missedOfOtherKinds += other.missedOfOtherKinds
    }

    /// `errorsByPass` in the passes' order: `parse 2, lowering 0, checker 0, checks 1, generator 5, notebook 0`.
    public var errorsByPassDescription: String {
        DiagnosticPass.allCases.map { "\($0.rawValue) \(errorsByPass[$0] ?? 0)" }.joined(separator: ", ")
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
