/// Walks one cell's lowered statements and finds which top-level names it reads and writes (see `CellFacts`).
///
/// Which name is a global comes from the cell's `Resolution`, so a local that shadows a global is not mistaken for
/// it; everything it cannot decide
/// (what a method does to a reference-typed receiver, what a function does to an object passed to it) counts as
/// a write.
struct FactsAnalyzer {
    /// What each name of the cell refers to (locals, globals, members).
    let resolution: Resolution
    /// Whether a global's value may share objects with other values (class instances, native objects, closures).
    let mayHoldReferences: (String) -> Bool
    /// Whether using a global's value may run cell code (closures, values of cell-declared types).
    let mayCarryCode: (String) -> Bool
    /// The latent effects known so far, by global name (grows with the cell's own declarations).
    var latent: [String: GlobalEffects]
    /// The types that extensions so far gave a member of each name (`scaled` → `Int` for
    /// `extension Int { var scaled: Int … }`): using a member of that name may run the extension's code, whatever
    /// the receiver (the facts know no types), so it reads those types. Subscripts are listed as `subscript`.
    var extensionMembers: [String: Set<String>]

    /// How many blocks, bodies and scopes enclose the statement being walked (0: the cell's top level).
    var nesting = 0
    var effects = GlobalEffects()
    /// What the values being walked carry with them: the effects of the closures they contain and the latent
    /// effects of the globals they mention (not the effects of computing them).
    var carried = GlobalEffects()
    var declares: Set<String> = []
    var controls: Set<String> = []
    var draws = false
    var readsCourseText = false
    var usesRandomness = false
    /// Globals assigned from expressions that mention other globals: candidates for sharing objects.
    var assignments: [(target: String, sources: Set<String>)] = []

    init(resolution: Resolution, latent: [String: GlobalEffects], extensionMembers: [String: Set<String>] = [:],
         mayHoldReferences: @escaping (String) -> Bool, mayCarryCode: @escaping (String) -> Bool) {
        self.mayCarryCode = mayCarryCode
        self.resolution = resolution
        self.latent = latent
        self.extensionMembers = extensionMembers
        self.mayHoldReferences = mayHoldReferences
    }

    /// Names a function may call without changing the objects passed to it.
    static let readOnlyFunctions: Set<String> = ["print", "debugPrint", "show", "String", "type", "dump"]
    /// Members that draw from a random stream.
    static let randomMembers: Set<String> = ["shuffled", "shuffle", "randomElement", "random", "uniform", "normal",
                                             "sample", "permutation", "integers", "choice", "bernoulli"]

    /// The facts of the walked statements; `expand` maps written names to every name that may share their objects.
    func facts(expand: (Set<String>) -> Set<String>) -> CellFacts {
        CellFacts(declares: declares, reads: effects.reads, writes: expand(effects.writes), controls: controls,
                  draws: draws, readsCourseText: readsCourseText, usesRandomness: usesRandomness)
    }

    // MARK: Declarations

    /// Computes the latent effects of the cell's top-level functions and types, repeating until calls between
    /// them stop adding effects.
    ///
    /// An extension adds its members' effects to those its type already had (declared in an earlier cell or earlier
    /// in this one); a declaration replaces them. Extensions also record their member names (`extensionMembers`).
    mutating func declareBodies(_ statements: [Stmt]) {
        let before = latent
        for case .typeDeclaration(let decl) in statements where decl.kind == .extensionType {
            for member in Self.memberNames(decl) { extensionMembers[member, default: []].insert(decl.name) }
        }
        for _ in 0..<4 {
            var bodies: [String: GlobalEffects] = [:]
            for statement in statements {
                switch statement {
                case .function(let decl):
                    bodies[decl.name] = isolated { $0.function(decl) }
                case .typeDeclaration(let decl):
                    let body = isolated { $0.typeBody(decl) }
                    if decl.kind == .extensionType {
                        bodies[decl.name, default: before[decl.name] ?? GlobalEffects()].formUnion(body)
                    } else {
                        bodies[decl.name, default: GlobalEffects()].formUnion(body)
                    }
                default:
                    break
                }
            }
            var changed = false
            for (name, body) in bodies where latent[name] != body {
                latent[name] = body
                changed = true
            }
            if !changed { return }
        }
    }

    /// The names of the members an extension declares, `subscript` for its subscripts.
    private static func memberNames(_ decl: TypeDecl) -> [String] {
        decl.methods.map(\.name) + decl.computed.map(\.name) + decl.fields.map(\.name)
            + (decl.subscripts.isEmpty ? [] : ["subscript"])
    }

    /// Runs `walk` on a fresh effect set and returns what it gathered, leaving this walk's effects unchanged.
    private mutating func isolated(_ walk: (inout FactsAnalyzer) -> Void) -> GlobalEffects {
        let saved = effects
        effects = GlobalEffects()
        walk(&self)
        let gathered = effects
        effects = saved
        return gathered
    }

    private mutating func function(_ decl: FunctionDecl) {
        scoped {
            for parameter in decl.parameters {
                $0.typeExpr(parameter.type)
                if let value = parameter.defaultValue { $0.expr(value) }
            }
            if let result = decl.returnType { $0.typeExpr(result) }
            $0.block(decl.body)
        }
    }

    private mutating func typeBody(_ decl: TypeDecl) {
        for inner in decl.nested { typeBody(inner) }
        scoped {
            for field in decl.fields {
                if let type = field.type { $0.typeExpr(type) }
                if let value = field.value { $0.expr(value) }
            }
            for computed in decl.computed {
                $0.typeExpr(computed.type)
                $0.block(computed.body)
            }
            for method in decl.methods + decl.initializers { $0.function(method) }
            for item in decl.cases {
                for element in item.payload ?? [] { $0.typeExpr(element.type) }
                if let raw = item.rawValue { $0.expr(raw) }
            }
        }
    }

    // MARK: Statements

    /// Walks the cell's top-level statements.
    mutating func topLevelStatements(_ statements: [Stmt]) {
        for statement in statements { self.statement(statement) }
    }

    mutating func block(_ statements: [Stmt]) {
        scoped { walker in
            for statement in statements { walker.statement(statement) }
        }
    }

    private mutating func scoped(_ walk: (inout FactsAnalyzer) -> Void) {
        nesting += 1
        walk(&self)
        nesting -= 1
    }

    private mutating func statement(_ statement: Stmt) {
        switch statement {
        case .expression(let value):
            expr(value)
        case .variable(_, let pattern, let type, let value, _):
            if let type { typeExpr(type) }
            let valueEffects = carriedEffects { walker in if let value { walker.expr(value) } }
            bind(Self.patternNames(pattern), valueEffects: valueEffects,
                 mentioned: value.map { globalsMentioned(in: $0) } ?? [])
        case .function(let decl):
            if nesting == 0 { declare(decl.name) } else { function(decl) }
        case .typeDeclaration(let decl):
            if nesting == 0 { declare(decl.name) } else { typeBody(decl) }
        case .ifStatement(let conditions, let thenBody, let elseBody, _):
            scoped { walker in
                for condition in conditions { walker.condition(condition) }
                walker.block(thenBody)
            }
            if let elseBody { block(elseBody) }
        case .guardStatement(let conditions, let elseBody, _):
            for condition in conditions { self.condition(condition) }
            block(elseBody)
        case .forIn(_, _, let casePattern, let sequence, let whereClause, let body, _):
            expr(sequence)
            scoped { walker in
                if let casePattern { walker.casePattern(casePattern) }
                if let whereClause { walker.expr(whereClause) }
                walker.block(body)
            }
        case .whileLoop(_, let conditions, let body, _):
            scoped { walker in
                for condition in conditions { walker.condition(condition) }
                walker.block(body)
            }
        case .repeatWhile(_, let body, let condition, _):
            block(body)
            expr(condition)
        case .returnStatement(let value, _):
            if let value { expr(value) }
        case .breakStatement, .continueStatement, .invalid, .typeAlias:
            break
        case .throwStatement(let value, _):
            expr(value)
        case .deferStatement(let body, _):
            block(body)
        case .doCatch(let body, let clauses, _):
            block(body)
            for clause in clauses {
                scoped { walker in
                    for (_, guardExpr) in clause.items { if let guardExpr { walker.expr(guardExpr) } }
                    walker.block(clause.body)
                }
            }
        case .block(let statements):
            // A multi-binding declaration (`var a = 1, b = 2`): declares in the current scope.
            for statement in statements { self.statement(statement) }
        case .switchStatement(_, let subject, let cases, _):
            expr(subject)
            for item in cases {
                scoped { walker in
                    for pattern in item.patterns { walker.casePattern(pattern) }
                    for guardExpr in item.guards.compactMap({ $0 }) { walker.expr(guardExpr) }
                    walker.block(item.body)
                }
            }
        }
    }

    /// Declares names bound by a `let`/`var` (or `guard let`): globals at the top level, locals elsewhere.
    private mutating func bind(_ names: Set<String>, valueEffects: GlobalEffects, mentioned: Set<String>) {
        guard nesting == 0 else { return }
        for name in names {
            declare(name)
            addLatent(valueEffects, to: name)
            assignments.append((name, mentioned))
        }
    }

    /// Remembers that using `name` may have `valueEffects` (what the closures and objects it holds may do).
    mutating func addLatent(_ valueEffects: GlobalEffects, to name: String) {
        // A plain value (numbers, strings, arrays of them, native objects) runs no cell code when used.
        guard mayCarryCode(name) else { return }
        var hidden = valueEffects
        hidden.reads.remove(name)
        hidden.writes.remove(name)
        latent[name, default: GlobalEffects()].formUnion(hidden)
    }

    private mutating func declare(_ name: String) {
        declares.insert(name)
        effects.writes.insert(name)
    }

    /// Runs `walk` and returns what the values it walked carry (see `carried`).
    mutating func carriedEffects(_ walk: (inout FactsAnalyzer) -> Void) -> GlobalEffects {
        let saved = carried
        carried = GlobalEffects()
        walk(&self)
        let result = carried
        carried.formUnion(saved)
        return result
    }

    /// Runs `walk`, adds what it gathered to this walk's effects, and returns just what it gathered.
    mutating func gathering(_ walk: (inout FactsAnalyzer) -> Void) -> GlobalEffects {
        let gathered = isolated(walk)
        effects.formUnion(gathered)
        return gathered
    }

    private mutating func condition(_ condition: Condition) {
        switch condition {
        case .expression(let value):
            expr(value)
        case .optionalBinding(_, let name, let value, let location, _):
            let valueEffects = carriedEffects { walker in
                if let value { walker.expr(value) } else {
                    walker.readGlobal(name, isGlobal: walker.resolution.isGlobal(at: location))
                }
            }
            bind([name], valueEffects: valueEffects, mentioned: value.map { globalsMentioned(in: $0) } ?? [name])
        case .pattern(let pattern, let value, _):
            expr(value)
            casePattern(pattern)
            if nesting == 0 {
                for name in Self.casePatternNames(pattern) { declare(name) }
            }
        }
    }

    private mutating func casePattern(_ pattern: CasePattern) {
        switch pattern {
        case .wildcard, .binding: break
        case .expression(let value): expr(value)
        case .tuple(let items, _): items.forEach { casePattern($0) }
        case .enumCase(_, let items, _): items?.forEach { casePattern($0) }
        case .cast(let inner, _, _): if let inner { casePattern(inner) }
        }
    }
}
