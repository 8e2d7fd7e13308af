/// Decides whether the unguarded patterns of a switch cover every value of a tuple subject.
///
/// Each subject element type is split into a finite set of abstract values: `true`/`false` for Bool, one value
/// per case for enum-like types, and a single "anything else" value for all other types (which only a wildcard or
/// a binding covers). The switch is exhaustive when every combination is matched by some pattern. The check is
/// conservative: patterns it cannot reason about (literals of open types, enum payload sub-patterns) cover nothing.
struct SwitchCoverage {
    /// One abstract value of the subject.
    indirect enum Sample: Equatable {
        case bool(Bool)
        case enumCase(String)
        case other
        case tuple([Sample])
    }

    /// The largest number of combinations examined; bigger spaces are reported as not covered.
    static let maximumSamples = 4096

    /// The enum case names of an enum-like type, or nil for other types.
    let caseNames: (CType) -> [String]?

    /// Whether `patterns` (each from a case without a `where` clause) match every value of `type`.
    func covers(_ patterns: [CasePattern], type: CType) -> Bool {
        guard let samples = samples(of: type) else { return false }
        return samples.allSatisfy { sample in patterns.contains { matches($0, sample) } }
    }

    /// The abstract values of `type`, or nil when there are too many.
    func samples(of type: CType) -> [Sample]? {
        switch type {
        case .bool:
            return [.bool(true), .bool(false)]
        case .tuple(let elements):
            var combinations: [[Sample]] = [[]]
            for element in elements {
                guard let parts = samples(of: element.type),
                      combinations.count * parts.count <= SwitchCoverage.maximumSamples else { return nil }
                combinations = combinations.flatMap { prefix in parts.map { prefix + [$0] } }
            }
            return combinations.map(Sample.tuple)
        default:
            if let names = caseNames(type) { return names.map(Sample.enumCase) }
            return [.other]
        }
    }

    /// Whether `pattern` certainly matches every value that `sample` stands for.
    func matches(_ pattern: CasePattern, _ sample: Sample) -> Bool {
        switch pattern {
        case .wildcard, .binding:
            return true
        case .expression(let expr):
            if case .boolLiteral(let value) = expr.kind { return sample == .bool(value) }
            if case .nilLiteral = expr.kind { return sample == .enumCase("none") }
            return false
        case .enumCase(let name, let payload, _):
            guard payload?.allSatisfy(TypeChecker.isCatchAll) ?? true else { return false }
            return sample == .enumCase(name)
        case .tuple(let patterns, _):
            guard case .tuple(let parts) = sample, parts.count == patterns.count else { return false }
            return zip(patterns, parts).allSatisfy { matches($0, $1) }
        case .cast:
            return false
        }
    }
}
