import Diagnostics

/// Swift's definite-initialization rule for `let x: T` and `var x: T` declared without a value: every path must
/// assign a constant exactly once, and a variable or constant is not read before every path has assigned it. A pass
/// of its own over the lowered AST, with swiftc's messages and positions.
struct DefiniteInitialization {
    /// What the analysis knows at a point of the program.
    struct State {
        /// Names assigned on every path to here.
        var definite: Set<String> = []
        /// Names assigned on some path to here.
        var maybe: Set<String> = []
        /// Whether no path reaches here (after `return`, `continue`, `break` out of a loop).
        var exits = false

        /// The state after either of two paths.
        func merged(with other: State) -> State {
            if exits { return other }
            if other.exits { return self }
            return State(definite: definite.intersection(other.definite), maybe: maybe.union(other.maybe), exits: false)
        }
    }

    /// A loop or `switch` that `break` (and, for loops, `continue`) may leave: the states jumping out of it.
    private struct Exit {
        var isLoop: Bool
        var label: String?
        var breaks: [State] = []
        var continues: [State] = []
    }

    /// How a name in scope is tracked: a constant or a variable declared without a value, or a local name (a
    /// parameter, a binding, a local declared with a value) that shadows an outer one or a member of `self`.
    enum Binding { case constant, variable, local }

    /// The names in scope that are tracked or shadow a member of `self`.
    private(set) var tracked: [String: Binding] = [:]
    private var exitsStack: [Exit] = []
    private var reported: Set<String> = []
    private(set) var diagnostics: [Diagnostic] = []
    /// The declared type of a name (a superclass, an extended struct's stored properties), when there is one.
    private var userType: (String) -> UserType? = { _ in nil }
    /// Inside an initializer's body: the type it initializes.
    private(set) var initializing: InitializedSelf?
    /// Inside a closure created in an initializer's body: where the outermost one starts (swiftc reports there).
    private(set) var closure: SourceLocation?
    /// While a call's arguments are analysed: where the call is (swiftc reports a stored property passed by reference
    /// before it is set there).
    var callLocation: SourceLocation?
    /// The nested functions of an initializer's body that use `self` (`DefiniteInitialization+NestedFunctions`): a call
    /// of one uses `self` there.
    var selfCapturingFunctions: Set<String> = []
    /// Whether the analysis only looks for a use of `self` (a nested function's body), reporting nothing.
    var probesSelfUse = false
    /// Whether a use of `self` was met while `probesSelfUse`.
    var usesSelf = false
    /// The name an initializer's body marks as set once `super.init(…)` has run.
    static let superInitialized = "super.init"

    /// Whether initializers are checked for the stored properties they set: swiftc does it after SIL generation,
    /// which a type-checking error stops (only a constant's double initialization is checked then).
    private var checksInitializers = true

    /// The definite-initialization errors of a cell (its top-level statements and every body declared in it);
    /// `userType` gives the declared type of a name; `typeChecked` says the type checker found no error.
    static func check(_ statements: [Stmt], userType: @escaping (String) -> UserType? = { _ in nil },
                      typeChecked: Bool = true) -> [Diagnostic] {
        var analysis = DefiniteInitialization()
        analysis.userType = userType
        analysis.checksInitializers = typeChecked
        var state = State()
        analysis.block(statements, &state)
        return analysis.diagnostics
    }

    /// A function's body: its own declarations, nothing tracked from outside.
    private mutating func body(_ statements: [Stmt]) {
        var inner = DefiniteInitialization()
        inner.userType = userType
        inner.checksInitializers = checksInitializers
        var state = State()
        inner.block(statements, &state)
        diagnostics += inner.diagnostics
    }

    /// An initializer's body: every stored property without a value is set on every path before `self` is used and
    /// before the initializer returns (not `return nil`, `throw` or a trap), a subclass's before `super.init`, which
    /// runs on every path; a `let` stored property is set at most once, and not at all when it is declared with a
    /// value. Initializers that delegate (`self.init(…)`) are left to the one they delegate to.
    private mutating func initializerBody(_ initializer: FunctionDecl, of decl: TypeDecl) {
        guard !InitializedSelf.calls("self", initializer.body) else { return body(initializer.body) }
        var type = InitializedSelf(initializer, in: decl, userType: userType)
        if !checksInitializers { type.kind = .unchecked }
        var inner = DefiniteInitialization()
        inner.userType = userType
        inner.checksInitializers = checksInitializers
        inner.initializing = type
        var state = State()
        for parameter in initializer.parameters { inner.tracked[parameter.name] = .local }
        for field in type.stored {
            let name = "self." + field.name
            if field.isLet || type.required.contains(name) { inner.tracked[name] = field.isLet ? .constant : .variable }
            if field.hasValue { state.maybe.insert(name) }
            if field.hasValue || !type.required.contains(name) { state.definite.insert(name) }
        }
        inner.block(initializer.body, &state)
        if !state.exits { inner.leave(at: type.closingBrace, state) }
        diagnostics += inner.diagnostics
    }

    /// A closure's body, analysed where the closure is created: it reads what it captures then.
    mutating func closureBody(_ statements: [Stmt], parameters: [String], _ state: inout State) {
        let outer = tracked
        for name in parameters { tracked[name] = .local }
        block(statements, &state)
        tracked = outer
    }

    mutating func block(_ statements: [Stmt], _ state: inout State) {
        let outer = tracked
        for statement in statements { self.statement(statement, &state) }
        tracked = outer
    }

    private mutating func statement(_ statement: Stmt, _ state: inout State) {
        switch statement {
        case .expression(let expr):
            self.expr(expr, &state)
            if case .call(let callee, _) = expr.kind, case .name(let name) = callee.kind,
               name == "fatalError" || name == "preconditionFailure" {
                state.exits = true
            }
        case .variable(let isLet, let pattern, _, let value, _):
            variable(isLet: isLet, pattern, value, &state)
        case .function(let decl):
            if !probesSelfUse { body(decl.body) }
            nestedFunction(decl)  // +NestedFunctions
            tracked[decl.name] = .local
        case .ifStatement(let conditions, let then, let otherwise, _):
            ifStatement(conditions, then, otherwise, &state)
        case .guardStatement(let conditions, let elseBody, _):
            guardStatement(conditions, elseBody, &state)
        case .forIn(let label, let pattern, _, let sequence, let whereClause, let body, _):
            expr(sequence, &state)
            loop(&state, label: label, mayRunZeroTimes: true, shadowing: DefiniteInitialization.names(in: pattern)) { analysis, inner in
                if let whereClause { analysis.expr(whereClause, &inner) }
                analysis.block(body, &inner)
            }
        case .whileLoop(let label, let conditions, let body, _):
            var forever = false
            if conditions.count == 1, case .expression(let condition) = conditions[0], case .boolLiteral(true) = condition.kind {
                forever = true
            }
            if !forever { conditionList(conditions, &state) }
            loop(&state, label: label, mayRunZeroTimes: !forever, exitsAtBackEdge: !forever, shadowing: []) { analysis, inner in
                analysis.block(body, &inner)
                if !forever { analysis.conditionList(conditions, &inner) }
            }
        case .repeatWhile(let label, let body, let condition, _):
            var once = false
            if case .boolLiteral(false) = condition.kind { once = true }
            loop(&state, label: label, mayRunZeroTimes: false, repeats: !once, shadowing: []) { analysis, inner in
                analysis.block(body, &inner)
                analysis.expr(condition, &inner)
            }
        case .returnStatement(let value, let location):
            if let value { expr(value, &state) }
            if closure == nil, value.map({ if case .nilLiteral = $0.kind { return false } else { return true } }) ?? true {
                leave(at: location, state)
            }
            state.exits = true
        case .breakStatement(let label, _):
            if let index = exitIndex(label, loopOnly: false) { exitsStack[index].breaks.append(state) }
            state.exits = true
        case .continueStatement(let label, _):
            if let index = exitIndex(label, loopOnly: true) { exitsStack[index].continues.append(state) }
            state.exits = true
        case .block(let statements):
            block(statements, &state)
        case .switchStatement(let label, let subject, let cases, _):
            switchStatement(label, subject, cases, &state)
        case .typeDeclaration(let decl):
            for inner in decl.nested { self.statement(.typeDeclaration(inner), &state) }
            for method in decl.methods { body(method.body) }
            for initializer in decl.initializers { initializerBody(initializer, of: decl) }
            for property in decl.computed { body(property.body) }
            tracked[decl.name] = .local
        case .throwStatement(let value, _):
            expr(value, &state)
            state.exits = true
        case .deferStatement(let body, _):
            var deferred = state
            block(body, &deferred)
        case .doCatch(let body, let clauses, _):
            doCatch(body, clauses, &state)
        case .invalid, .typeAlias:
            break
        }
    }

    /// A variable declaration: one without a value starts tracking its names (a `let` is then assigned once);
    /// one with a value is initialized, and stops tracking a name it shadows.
    private mutating func variable(isLet: Bool, _ pattern: BindingPattern, _ value: Expr?, _ state: inout State) {
        if let value { expr(value, &state) }
        for name in DefiniteInitialization.names(in: pattern) {
            if value == nil, case .name = pattern {
                tracked[name] = isLet ? .constant : .variable
                state.definite.remove(name)
                state.maybe.remove(name)
                reported.remove(name)
            } else {
                tracked[name] = .local  // shadows an outer name, or a member of `self` in an initializer
            }
        }
    }

    /// An `if`: both branches run from the state after the conditions; the state after it merges them.
    private mutating func ifStatement(_ conditions: [Condition], _ then: [Stmt], _ otherwise: [Stmt]?, _ state: inout State) {
        let outer = tracked
        conditionList(conditions, &state)
        var thenState = state
        block(then, &thenState)
        tracked = outer
        var elseState = state
        if let otherwise { block(otherwise, &elseState) }
        state = thenState.merged(with: elseState)
    }

    /// A `guard`: its `else` body runs from the state after the conditions (and exits); the bindings of the
    /// conditions stay in scope after it.
    private mutating func guardStatement(_ conditions: [Condition], _ elseBody: [Stmt], _ state: inout State) {
        let outer = tracked
        conditionList(conditions, &state)
        let bound = tracked
        tracked = outer
        var elseState = state
        block(elseBody, &elseState)
        tracked = bound
    }

    /// A `switch`: each case runs from the state after the subject; the state after it merges the cases' ends and
    /// the `break`s out of it.
    private mutating func switchStatement(_ label: String?, _ subject: Expr, _ cases: [SwitchCase], _ state: inout State) {
        expr(subject, &state)
        exitsStack.append(Exit(isLoop: false, label: label))
        var ends: [State] = []
        for clause in cases {
            let outer = tracked
            var caseState = state
            for name in clause.patterns.flatMap(DefiniteInitialization.names(in:)) { tracked[name] = .local }
            for guardExpr in clause.guards.compactMap({ $0 }) { expr(guardExpr, &caseState) }
            block(clause.body, &caseState)
            tracked = outer
            ends.append(caseState)
        }
        let exit = exitsStack.removeLast()
        state = DefiniteInitialization.merge(ends + exit.breaks) ?? state
    }

    /// A `do`–`catch`: a clause runs from the state before the `do` (as if the error came before the body's
    /// assignments); the state after it merges the body's end and every clause's.
    private mutating func doCatch(_ body: [Stmt], _ clauses: [CatchClause], _ state: inout State) {
        let before = state
        block(body, &state)
        for clause in clauses {
            let outer = tracked
            var clauseState = before
            for (item, guardExpr) in clause.items {
                switch item {
                case .binding(let name, _): tracked[name] = .local
                case .cast(_, let name, _): if let name { tracked[name] = .local }
                case .enumCase(_, let pattern, _):
                    for name in DefiniteInitialization.names(in: pattern) { tracked[name] = .local }
                }
                if let guardExpr { expr(guardExpr, &clauseState) }
            }
            block(clause.body, &clauseState)
            tracked = outer
            state = state.merged(with: clauseState)
        }
    }

    /// A loop: its body runs from the state before it and, when the loop repeats, again from the state at its back
    /// edge (so a constant assigned in the body is assigned twice); the state after it merges every way out.
    private mutating func loop(_ state: inout State, label: String?, mayRunZeroTimes: Bool, repeats: Bool = true,
                               exitsAtBackEdge: Bool = true, shadowing names: [String],
                               _ run: (inout DefiniteInitialization, inout State) -> Void) {
        let outer = tracked
        for name in names { tracked[name] = .local }
        exitsStack.append(Exit(isLoop: true, label: label))
        var once = state
        run(&self, &once)
        let first = exitsStack.removeLast()
        let backEdge = DefiniteInitialization.merge([once] + first.continues)
        if repeats, let backEdge, !backEdge.exits {
            exitsStack.append(Exit(isLoop: true, label: label))
            var again = state
            again.maybe.formUnion(backEdge.maybe)
            run(&self, &again)
            exitsStack.removeLast()
        }
        tracked = outer
        var ways = first.breaks
        if mayRunZeroTimes { ways.append(state) }
        if exitsAtBackEdge || !repeats, let backEdge { ways.append(backEdge) }
        if let after = DefiniteInitialization.merge(ways) {
            state = after
            // A constant assigned on some iteration is assigned on some path.
            state.maybe.formUnion(backEdge?.maybe ?? [])
        } else {
            state.exits = true
        }
    }

    /// The innermost loop (or, for `break`, loop or `switch`) a jump with `label` leaves.
    private func exitIndex(_ label: String?, loopOnly: Bool) -> Int? {
        exitsStack.indices.last { index in
            let exit = exitsStack[index]
            if let label { return exit.label == label }
            return exit.isLoop || !loopOnly
        }
    }

    /// The state after any of several paths; nil when there is none.
    private static func merge(_ states: [State]) -> State? {
        guard var result = states.first else { return nil }
        for state in states.dropFirst() { result = result.merged(with: state) }
        return result
    }

    private mutating func conditionList(_ conditions: [Condition], _ state: inout State) {
        for condition in conditions {
            switch condition {
            case .expression(let expr):
                self.expr(expr, &state)
            case .optionalBinding(_, let name, let value, let location, _):
                if let value { expr(value, &state) } else { read(name, at: location, &state) }
                tracked[name] = .local
            case .pattern(let pattern, let value, _):
                expr(value, &state)
                for name in DefiniteInitialization.names(in: pattern) { tracked[name] = .local }
            }
        }
    }

    /// A read of `name`: an error when it is tracked and some path has not assigned it.
    mutating func read(_ name: String, at location: SourceLocation, _ state: inout State, byReference: Bool = false) {
        guard let binding = tracked[name], binding != .local, !state.definite.contains(name), !reported.contains(name) else { return }
        let isLet = binding == .constant
        // `y += 1` or `&y` on a `let`: the checker reports the change of a constant, as swiftc does.
        if isLet && byReference { return }
        reported.insert(name)
        diagnostics.append(CompileError.usedBeforeInitialized(name, isLet: isLet, byReference: byReference).diagnostic(at: location))
    }

    /// Appends an error once per position and message (a loop's body is analysed twice).
    mutating func report(_ error: CompileError, at location: SourceLocation) {
        let diagnostic = error.diagnostic(at: location)
        guard !diagnostics.contains(where: { $0.location == location && $0.message == diagnostic.message }) else { return }
        diagnostics.append(diagnostic)
    }

    /// Runs `analyse` as the body of a closure created at `location` (the outermost one inside an initializer is
    /// where swiftc reports a capture of `self` before it is initialized).
    mutating func inClosure(at location: SourceLocation, _ analyse: (inout DefiniteInitialization) -> Void) {
        let outer = closure
        if initializing != nil, closure == nil { closure = location }
        analyse(&self)
        closure = outer
    }

    /// `name = value`: an error for a constant some path has already assigned.
    mutating func assign(_ name: String, at location: SourceLocation, _ state: inout State) {
        guard let binding = tracked[name], binding != .local else { return }
        if binding == .constant, state.maybe.contains(name) {
            diagnostics.append(CompileError.initializedTwice(name).diagnostic(at: location))
        }
        state.definite.insert(name)
        state.maybe.insert(name)
    }
}
