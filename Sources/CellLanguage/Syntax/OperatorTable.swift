/// The operators and precedence groups declared in a notebook's cells (`infix operator +-: AdditionPrecedence`,
/// `prefix operator +++`, `precedencegroup`), shared by the lowering of every cell so later cells can use them.
final class OperatorTable {
    /// How an infix operator groups: its binding strength (Swift's standard groups, see `standardGroups`) and
    /// associativity (`left`, `right` or `none`).
    struct Precedence: Equatable {
        var level: Int
        var associativity: String
    }

    /// Swift's standard precedence groups, at the levels the lowering folds the built-in operators
    /// with (a declared group sits one level above or below the group it names).
    static let standardGroups: [String: Precedence] = [
        "BitwiseShiftPrecedence": Precedence(level: 160, associativity: "none"),
        "MultiplicationPrecedence": Precedence(level: 150, associativity: "left"),
        "AdditionPrecedence": Precedence(level: 140, associativity: "left"),
        "RangeFormationPrecedence": Precedence(level: 135, associativity: "none"),
        "CastingPrecedence": Precedence(level: 132, associativity: "none"),
        "NilCoalescingPrecedence": Precedence(level: 131, associativity: "right"),
        "ComparisonPrecedence": Precedence(level: 130, associativity: "none"),
        "LogicalConjunctionPrecedence": Precedence(level: 120, associativity: "left"),
        "LogicalDisjunctionPrecedence": Precedence(level: 110, associativity: "left"),
        "DefaultPrecedence": Precedence(level: 101, associativity: "none"),
        "TernaryPrecedence": Precedence(level: 100, associativity: "right"),
    ]

    /// Declared infix operators and their precedence.
    var infix: [String: Precedence] = [:]
    /// Declared prefix and postfix operators.
    var prefix: Set<String> = []
    var postfix: Set<String> = []
    /// Declared precedence groups.
    var groups: [String: Precedence] = [:]

    /// The group called `name`, declared or standard.
    func group(named name: String) -> Precedence? {
        groups[name] ?? OperatorTable.standardGroups[name]
    }
}
