/// How much compiling the compiler did, summed over every cell an interpreter compiled: the expression nodes
/// compiled, the types the generator asked for before compiling a node and what answered them
/// (`Compiler.checkerType`: issue 12's "the generator reads every type from the typed AST"), and the throw-away
/// compilations (`nbrun debug counts FILE.md`).
public struct CompileCounts: Sendable, Equatable {
    /// Expression nodes compiled for the code that runs.
    public var nodes = 0
    /// Types the generator asked for (`Compiler.checkerType`, `knownType`, a receiver's type before compiling it).
    public var typeRequests = 0
    /// Requests the checker left unanswered that a declared fact answered (a variable's declared type, a stored
    /// property's, a type's name alone, a literal's default type).
    public var declaredTypeAnswers = 0
    /// Requests neither the checker nor a declaration answered, where the node was compiled for the code that runs
    /// to learn its type (a receiver, `compileIf`).
    public var compiledTypeAnswers = 0
    /// Requests nothing answered (the generator reported `cannotGenerate`, or took another way).
    public var unansweredTypeRequests = 0
    /// Other throw-away compilations (`Compiler.throwAwayCompilation`): an expression compiled only to learn
    /// something of it other than its type alone (whether a closure throws, whether an argument adapts to a
    /// parameter, a closure's type for inferring type arguments, an opaque result's underlying type), its code and
    /// diagnostics dropped.
    public var throwAwayCompilations = 0
    /// Closure literals compiled, in every pass (for the code that runs or thrown away): a closure nested
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
    /// Decisions the generator took itself that the checker had taken already (issue 12: the checker decides, the
    /// generator reads its record): a call of a decision function both passes share, or of the generator's own, made
    /// from `Compiler/` (`Compiler.noteGeneratorDecision`): type arguments inferred again, which member or subscript
    /// applies, a literal operand's or receiver's contextual type.
    public var generatorDecisions = 0
    /// Type requests and throw-away compilations by calling site (`File.swift:line`), counted only when not nil
    /// (debug listing).
    public var bySite: [String: Site]?

    /// What one calling site asked.
    public struct Site: Sendable, Equatable {
        /// Type requests made there.
        public var requests = 0
        /// Requests a declared fact answered (`declaredTypeAnswers`).
        public var declared = 0
        /// Requests answered by compiling the node (`compiledTypeAnswers`).
        public var compiled = 0
        /// Requests nothing answered (`unansweredTypeRequests`).
        public var unanswered = 0
        /// Throw-away compilations made there (`throwAwayCompilations`).
        public var throwAway = 0
        /// Decisions the generator took there itself (`generatorDecisions`).
        public var decisions = 0
    }

    /// Counts with the per-site breakdown on or off.
    public init(bySite: Bool = false) {
        self.bySite = bySite ? [:] : nil
    }

    /// The counts, one per line, then the calling sites with requests not answered by the checker or with
    /// throw-away compilations, most frequent first.
    public var listing: String {
        var text = "nodes compiled: \(nodes)\n"
        text += "type requests: \(typeRequests)\n"
        text += "answered by a declaration: \(declaredTypeAnswers)\n"
        text += "answered by compiling the node: \(compiledTypeAnswers)\n"
        text += "unanswered: \(unansweredTypeRequests)\n"
        text += "throw-away compilations: \(throwAwayCompilations)\n"
        text += "scope lookups: \(scopeLookups)\n"
        text += "closures compiled: \(closures)\n"
        text += "changes journaled by trial checks: \(trialJournalEntries)\n"
        text += "checker diagnostics: \(checkerDiagnostics)\n"
        text += "generator errors already reported by the checker: \(alreadyReported)\n"
        text += "generator decisions the checker had taken: \(generatorDecisions)\n"
        let sites = (bySite ?? [:]).sorted {
            ($0.value.unanswered + $0.value.compiled + $0.value.throwAway, $0.value.declared, $1.key)
                > ($1.value.unanswered + $1.value.compiled + $1.value.throwAway, $1.value.declared, $0.key)
        }
        for (site, counts) in sites where counts.declared + counts.compiled + counts.unanswered > 0 {
            text += "  \(site): \(counts.requests) requests, \(counts.declared) declared, \(counts.compiled) compiled, "
                + "\(counts.unanswered) unanswered\n"
        }
        for (site, counts) in sites where counts.throwAway > 0 {
            text += "  \(site): \(counts.throwAway) throw-away compilations\n"
        }
        for (site, counts) in sites where counts.decisions > 0 {
            text += "  \(site): \(counts.decisions) generator decisions\n"
        }
        return text
    }

    /// Counts a type request from `file`:`line`; returns the site's key when sites are counted.
    mutating func noteTypeRequest(file: StaticString, line: UInt) -> String? {
        typeRequests += 1
        guard bySite != nil else { return nil }
        let site = Self.site(file, line)
        bySite?[site, default: Site()].requests += 1
        return site
    }

    /// Counts a request from `site` that a declared fact answered.
    mutating func noteDeclaredType(site: String?) {
        declaredTypeAnswers += 1
        if let site { bySite?[site]?.declared += 1 }
    }

    /// Counts a request from `site` answered by compiling the node.
    mutating func noteCompiledType(site: String?) {
        compiledTypeAnswers += 1
        if let site { bySite?[site]?.compiled += 1 }
    }

    /// Counts a request from `site` that nothing answered.
    mutating func noteUnansweredType(site: String?) {
        unansweredTypeRequests += 1
        if let site { bySite?[site]?.unanswered += 1 }
    }

    /// Counts a throw-away compilation from `file`:`line`.
    mutating func noteThrowAwayCompilation(file: StaticString, line: UInt) {
        noteThrowAwayCompilation(site: bySite == nil ? nil : Self.site(file, line))
    }

    /// Counts a throw-away compilation from `site` (a site's key, or nil when sites are not counted).
    mutating func noteThrowAwayCompilation(site: String?) {
        throwAwayCompilations += 1
        if let site { bySite?[site, default: Site()].throwAway += 1 }
    }

    /// Counts a decision the generator took itself at `file`:`line`.
    mutating func noteGeneratorDecision(file: StaticString, line: UInt) {
        generatorDecisions += 1
        if bySite != nil { bySite?[Self.site(file, line), default: Site()].decisions += 1 }
    }

    /// A calling site's key, `File.swift:line`.
    private static func site(_ file: StaticString, _ line: UInt) -> String {
        ("\(file)".split(separator: "/").last.map(String.init) ?? "\(file)") + ":\(line)"
    }
}
