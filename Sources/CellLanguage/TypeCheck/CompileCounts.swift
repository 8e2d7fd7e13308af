/// How much compiling the compiler did, summed over every cell an interpreter compiled: the expression nodes
/// compiled for real and the throw-away compilations done only to learn a type (`Compiler.compileExprTypeOnly`),
/// the measure of issue 12's "generate once" (`nbrun debug counts FILE.md`).
public struct CompileCounts: Sendable, Equatable {
    /// Expression nodes compiled for the code that runs (outside type-only passes).
    public var nodes = 0
    /// Type-only requests (`compileExprTypeOnly` calls), answered from the memo or by compiling.
    public var typeOnlyRequests = 0
    /// Type-only requests that compiled (the memo did not know the node in that scope).
    public var typeOnlyCompilations = 0
    /// Expression nodes compiled inside type-only compilations (the code thrown away).
    public var typeOnlyNodes = 0
    /// Other throw-away compilations (`Compiler.throwAwayCompilation`): an expression compiled only to learn
    /// something of it other than its type alone (whether a closure throws, whether an argument adapts to a
    /// parameter, a closure's type for inferring type arguments, an opaque result's underlying type), its code and
    /// diagnostics dropped.
    public var throwAwayCompilations = 0
    /// Closure literals compiled, in every pass (for the code that runs, type-only or thrown away): a closure nested
    /// in calls that compiled it more than once per specialization made compile time exponential in the nesting.
    public var closures = 0
    /// Expression nodes the type checker walked (`TypeChecker.check`), a node checked again counted again: nested
    /// calls that check their arguments twice make it grow exponentially with the nesting.
    public var checkedNodes = 0
    /// Walks of the scope chain (`Scope.lookup`) while compiling: names decided by scopes instead of the resolution.
    public var scopeLookups = 0
    /// Changes the checker's trial checks journaled (`TypeChecker.beginTrial`), counted once each, undone or kept: a
    /// trial's cost. (Snapshots of everything checked so far, which they replace, made a trial per statement of a
    /// kind cost time quadratic in the cell's length.)
    public var trialJournalEntries = 0
    /// Diagnostics the type checker reported (outside the oracles, where they are the cell's first).
    public var checkerDiagnostics = 0
    /// Errors the generator met that the checker had already reported, so it reported no second diagnostic
    /// (`GeneratorDiagnostics.appendAlreadyReported`; those a thrown-away trial compilation met are not counted).
    public var alreadyReported = 0
    /// Type-only requests and compilations by calling site (`File.swift:line`), counted only when not nil (debug
    /// listing).
    public var bySite: [String: Site]?

    /// What one calling site of `compileExprTypeOnly` asked.
    public struct Site: Sendable, Equatable {
        /// Requests made there.
        public var requests = 0
        /// Requests that compiled.
        public var compilations = 0
        /// Throw-away compilations made there (`throwAwayCompilations`).
        public var throwAway = 0
    }

    /// Counts with the per-site breakdown on or off.
    public init(bySite: Bool = false) {
        self.bySite = bySite ? [:] : nil
    }

    /// Type-only compilations per node compiled for real.
    public var typeOnlyPerNode: Double { nodes == 0 ? 0 : Double(typeOnlyCompilations) / Double(nodes) }

    /// The counts, one per line, then the calling sites most frequent first.
    public var listing: String {
        var text = "nodes compiled: \(nodes)\n"
        text += "type-only requests: \(typeOnlyRequests)\n"
        text += "type-only compilations: \(typeOnlyCompilations)\n"
        text += "nodes compiled in type-only compilations: \(typeOnlyNodes)\n"
        text += "throw-away compilations: \(throwAwayCompilations)\n"
        text += "scope lookups: \(scopeLookups)\n"
        text += "closures compiled: \(closures)\n"
        text += "changes journaled by trial checks: \(trialJournalEntries)\n"
        text += "checker diagnostics: \(checkerDiagnostics)\n"
        text += "generator errors already reported by the checker: \(alreadyReported)\n"
        let sites = (bySite ?? [:]).sorted {
            ($0.value.compilations + $0.value.throwAway, $0.value.requests, $1.key)
                > ($1.value.compilations + $1.value.throwAway, $1.value.requests, $0.key)
        }
        for (site, counts) in sites where counts.throwAway == 0 {
            text += "  \(site): \(counts.requests) requests, \(counts.compilations) compilations\n"
        }
        for (site, counts) in sites where counts.throwAway > 0 {
            text += "  \(site): \(counts.throwAway) throw-away compilations\n"
        }
        return text
    }

    /// Counts a request from `file`:`line`; returns the site's key when sites are counted.
    mutating func noteTypeOnlyRequest(file: StaticString, line: UInt) -> String? {
        typeOnlyRequests += 1
        guard bySite != nil else { return nil }
        let site = Self.site(file, line)
        bySite?[site, default: Site()].requests += 1
        return site
    }

    /// Counts a throw-away compilation from `file`:`line`.
    mutating func noteThrowAwayCompilation(file: StaticString, line: UInt) {
        throwAwayCompilations += 1
        if bySite != nil { bySite?[Self.site(file, line), default: Site()].throwAway += 1 }
    }

    /// A calling site's key, `File.swift:line`.
    private static func site(_ file: StaticString, _ line: UInt) -> String {
        ("\(file)".split(separator: "/").last.map(String.init) ?? "\(file)") + ":\(line)"
    }

    /// Counts a request that compiled, from `site` (`noteTypeOnlyRequest`'s answer).
    mutating func noteTypeOnlyCompilation(site: String?) {
        typeOnlyCompilations += 1
        if let site { bySite?[site]?.compilations += 1 }
    }
}
