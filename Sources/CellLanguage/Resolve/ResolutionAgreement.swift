import Diagnostics

/// The resolution oracle: how often the compiler's own scope lookups (recorded at every `.name` expression it
/// compiles) agree with the cell's `Resolution` on which declaration a name is, and whether it is a global, a
/// local or capture, an implicit member or nothing the notebook declares.
public struct ResolutionAgreement: Sendable {
    /// Lookups where both answers agree.
    public var agreed = 0
    /// Lookups of names the resolver never saw (nodes the compiler synthesized, e.g. the `self` of an implicit member).
    public var unmatched = 0
    /// How many unmatched lookups each name had.
    public var unmatchedNames: [String: Int] = [:]
    /// The disagreements, one line each: position, name, the compiler's answer and the resolution's.
    public var disagreements: [String] = []

    /// Creates an empty tally.
    public init() {}

    /// Compares the compiler's lookups with the resolution of the same cell.
    init(resolution: Resolution?, lookups: [NameLookup]) {
        guard let resolution else { return }
        var useAt: [SourceLocation: Resolution.Use] = [:]
        for use in resolution.uses { useAt[use.location] = use }
        let declared = Set(resolution.declarations.map(\.location))
        for lookup in lookups {
            guard let use = useAt[lookup.location], use.name == lookup.name else {
                unmatched += 1
                unmatchedNames[lookup.name, default: 0] += 1
                continue
            }
            if Self.agree(lookup.answer, use.referent, resolution, declaredLocations: declared) {
                agreed += 1
            } else {
                disagreements.append("\(lookup.location.line):\(lookup.location.column) \(lookup.name): compiler "
                                     + "\(Self.describe(lookup.answer)), resolution \(resolution.describe(use.referent))")
            }
        }
    }

    /// Adds another cell's tally to this one.
    public mutating func add(_ other: ResolutionAgreement) {
        agreed += other.agreed
        unmatched += other.unmatched
        unmatchedNames.merge(other.unmatchedNames, uniquingKeysWith: +)
        disagreements += other.disagreements
    }

    private static func agree(_ answer: NameLookup.Answer, _ referent: Referent, _ resolution: Resolution,
                              declaredLocations: Set<SourceLocation>) -> Bool {
        switch (answer, referent) {
        case (.member, .member), (.none, .builtin), (.none, .unresolved):
            return true
        case (.type, .earlierGlobal), (.type, .member):
            return true
        case (.type, .global(let index)), (.type, .local(let index)), (.type, .capture(let index)):
            return resolution.declarations[index].kind == .type
        case (.declared(let location, let isGlobal), .earlierGlobal):
            return isGlobal && !declaredLocations.contains(location)
        case (.declared(let location, let isGlobal), .global(let index)):
            return isGlobal && resolution.declarations[index].location == location
        case (.declared(let location, let isGlobal), .local(let index)),
             (.declared(let location, let isGlobal), .capture(let index)):
            let declaration = resolution.declarations[index]
            if declaration.location == location { return !isGlobal }
            // The compiler reads a capture-list entry (`[x]`, a constant) as the name it copies.
            if declaration.kind == .captureListEntry, let copied = resolution.referent(at: declaration.location) {
                return agree(answer, copied, resolution, declaredLocations: declaredLocations)
            }
            // The compiler places a closure's parameters at the closure's brace.
            guard declaration.kind == .closureParameter, let function = declaration.function else { return false }
            return !isGlobal && resolution.functions[function].location == location
        default:
            return false
        }
    }

    private static func describe(_ answer: NameLookup.Answer) -> String {
        switch answer {
        case .member: return "member"
        case .declared(let location, let isGlobal):
            return "\(isGlobal ? "global" : "local") declared at \(location.line):\(location.column)"
        case .type: return "a declared type"
        case .none: return "nothing in scope"
        }
    }
}
