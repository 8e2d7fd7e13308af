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
        // Lowering may give one position to several names (`@W var x` writes `W` and `x` at the attribute).
        var useAt: [NameAt: Resolution.Use] = [:]
        var memberAt: [SourceLocation: String] = [:]
        for use in resolution.uses {
            useAt[NameAt(name: use.name, location: use.location)] = use
            if case .member(let type) = use.referent { memberAt[use.location] = type }
        }
        let declared = Set(resolution.declarations.map(\.location))
        var functions: [String: Set<SourceLocation>] = [:]
        for declaration in resolution.declarations where declaration.kind == .function {
            functions[declaration.name, default: []].insert(declaration.location)
        }
        for lookup in lookups {
            guard let use = useAt[NameAt(name: lookup.name, location: lookup.location)] else {
                // The compiler compiles an implicit member `x` as `self.x` (or `T.x`) at the same position.
                if let type = memberAt[lookup.location], lookup.name == "self" || lookup.name == type {
                    agreed += 1
                    continue
                }
                unmatched += 1
                unmatchedNames[lookup.name, default: 0] += 1
                continue
            }
            if Self.agree(lookup.answer, use.referent, resolution, declaredLocations: declared)
                || Self.sameOverloads(lookup.answer, use.referent, resolution, functions) {
                agreed += 1
            } else {
                disagreements.append("\(lookup.location.line):\(lookup.location.column) \(lookup.name): compiler "
                                     + "\(Self.describe(lookup.answer)), resolution \(resolution.describe(use.referent))")
            }
        }
    }

    private struct NameAt: Hashable {
        var name: String
        var location: SourceLocation
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
            return [.type, .genericParameter].contains(resolution.declarations[index].kind)
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

    /// Whether both name overloads of one function (the compiler's first overload may be another declaration).
    private static func sameOverloads(_ answer: NameLookup.Answer, _ referent: Referent, _ resolution: Resolution,
                                      _ functions: [String: Set<SourceLocation>]) -> Bool {
        guard case .declared(let location, let isGlobal) = answer, let index = referent.declaration else { return false }
        let declaration = resolution.declarations[index]
        return declaration.kind == .function && declaration.isTopLevel == isGlobal
            && functions[declaration.name]?.contains(location) == true
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
