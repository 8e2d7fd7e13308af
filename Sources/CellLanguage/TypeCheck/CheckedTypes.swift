import Diagnostics

/// The types the type checker (`TypeChecker`) gave the expression nodes of one cell, before any code is generated:
/// for each node it typed, its static type, whether it was typed without a contextual type (its type is then what a
/// type request for it finds, `Compiler.checkerType`) and, for calls and constructions, what it resolved to.
///
/// Entries are keyed by the node's identity and keep the node alive (no identity reuse while the table lives). A node the checker could not type has no entry: unknown is never guessed.
///
/// A trial check (`beginTrial`) is undone (`rollback(to:)`) or kept (`commit`) through a journal of the changes made
/// while it is open (each table's key and its value before), so a trial costs what it changes, not a copy of every
/// table: a copy per trial made compile time quadratic in the cell's length.
struct CheckedTypes {
    /// One typed node.
    struct Entry {
        let node: Expr
        let type: CType
        /// Whether the node was checked without a contextual type.
        let withoutContext: Bool
        /// Whether the node is a link of an optional chain (not its outermost node: `a?.b` in `a?.b.c`, read or
        /// assigned through), typed as a link: its type is what a type request for it finds inside the chain.
        var asLink = false
        /// The declared function, method or initializer a call resolved to, when the checker chose it.
        var callee: FunctionInfo?
    }

    private(set) var entries = IdentityTable<Expr, Entry>()
    /// The overload the checker chose among the several a call's name has (by labels, then argument types), by
    /// where the generator selects it (`Compiler.selectOverload` reads it).
    private(set) var overloads: [OverloadSite: OverloadChoice] = [:]
    /// Whether a call of a name both the cell and the library declare calls the cell's overload or the library's
    /// (`LibraryOverloadChoice`), by the call's position (`Compiler.compileLibraryOverloadCall` reads it).
    private(set) var libraryChoices: [SourceLocation: LibraryOverloadChoice] = [:]
    /// The nodes of bodies that compile once per specialization, typed per specialization (the generator reads them
    /// only through `specializedWithoutContext`, by the specialization it compiles: one type per node would be
    /// wrong for every other specialization).
    private(set) var specialized = SpecializedTypes()
    /// The same nodes' types where the checker typed them without a contextual type (and not as a link of an
    /// optional chain), by type arguments: what a type request for the node finds in that specialization.
    private var specializedWithoutContext = IdentityTable<Expr, [[String: CType]: CType]>()
    /// Each closure argument of a generic call typed for inferring the type arguments (its parameters' types from
    /// the bindings already known, its result inferred, as `Compiler.genericArgumentType` types it), by the type
    /// arguments of the generic body it is in (`[:]` outside one): the generator reads it instead of compiling the
    /// closure a first time to learn its type (which made nested calls exponential to compile).
    private var closureArguments = IdentityTable<Expr, [[String: CType]: CType]>()
    /// The type an argument of an overloaded call has alone, where the checker typed it only against the chosen
    /// candidate's parameter (`TypeChecker.recordAloneTypes`), by the type arguments of the generic body it is in
    /// (`[:]` outside one): what the generator's overload fit asks of it (`Compiler.overloadFit`).
    private var aloneTypes = IdentityTable<Expr, [[String: CType]: CType]>()
    /// The array of its elements a declared sequence's (or a `Sequence` placeholder's) `Sequence` method is called on
    /// (`Countdown(n: 5).map { … }` runs as `Array(Countdown(n: 5)).map { … }`, `Compiler.userSequenceAsArray`), by the
    /// receiver's node and the type arguments of the generic body it is in (`[:]` outside one): the type of the
    /// `Array(…)` node the generator writes.
    private var sequenceArrays = IdentityTable<Expr, [[String: CType]: CType]>()
    /// Whether an error leaves each closure literal the checker could tell it of (`TypeChecker.recordClosureThrows`):
    /// a fact of its text and of the functions it calls, the same in every trial and specialization.
    private var closuresThrowing = IdentityTable<Expr, Bool>()
    /// The type each literal the checker checked against a contextual type has alone (`TypeChecker.recordLiteralAlone`):
    /// a fact of its text, the same in every trial and specialization, which only the generator's type requests read
    /// (`Compiler.checkerType`; the checker's own decisions read a context's literal as adapting to it).
    private var literalsAlone = IdentityTable<Expr, CType>()
    /// The type each literal receiver takes from the member called on it (`[1, 2].average`: a `[Double]`,
    /// `TypeChecker.literalReceiverType`): a fact of its text and the cell's declarations, the same in every trial and
    /// specialization, the contextual type the generator compiles the receiver with.
    private var literalReceivers = IdentityTable<Expr, CType>()
    /// The contextual type the checker decided for a node by a language rule the generator would otherwise apply
    /// again (`DecidedContext`: a literal operand of an operator, a subscripted array literal, `reduce`'s initial
    /// value), by the type arguments of the generic body it is in (`[:]` outside one).
    private var decidedContexts = IdentityTable<Expr, [[String: CType]: DecidedContext]>()
    /// The type arguments the checker bound for each call of a generic function, member or initializer and each
    /// construction of a generic type without written type arguments (`Pair(1, "a")`), by the call's first argument,
    /// the generic declaration and the type arguments of the generic body the call is in (`GenericBindingsKey`): the
    /// generator specializes the declaration to them instead of inferring them again.
    private var genericCallBindings = IdentityTable<Expr, [GenericBindingsKey: [String: CType]]>()
    /// Whether a plain member takes a call's arguments as they are, where a generic member of that name competes
    /// (`f(_ x: Int)` beside `f<T>(_ x: T)`), or an extension's subscript of a built-in type where the type's own
    /// subscript competes (`746381295[0]`), by the call's first argument and the type arguments of the generic body
    /// it is in (`[:]` outside one): the checker's choice the generator takes.
    private var plainMemberChoices = IdentityTable<Expr, [[String: CType]: Bool]>()
    /// The operands of `==` or `!=` compared with a `nil` literal that the checker typed as no optional (`n == nil`
    /// with `n: Int`: valid Swift, always false; `TypeChecker.nilComparison`), by the type arguments of the generic
    /// body they are in (`[:]` outside one): the generator evaluates the operand and answers the constant
    /// (`Compiler.compileNonOptionalNilComparison`). A fact of the operand's type alone, the same in every trial.
    private var nonOptionalNilOperands = IdentityTable<Expr, Set<[String: CType]>>()
    /// The native binding or operator each node resolved to, when the checker chose it (the oracle compares it).
    private(set) var natives = IdentityTable<Expr, CalleeResolution>()
    /// The native overload chosen by argument types among several the labels fit, or the native operator, by the
    /// position the generator compiles the call or operator at (`Compiler.checkedNativeOverload` reads it).
    private(set) var nativeChoices: [SourceLocation: CalleeResolution] = [:]
    /// The types of the cell's declarations the checker knows, by index into `Resolution.declarations`.
    private(set) var declarations: [Int: CType] = [:]
    /// The changes the open trials made, in the order made (`beginTrial`); empty when none is open.
    private var journal: [Change] = []
    /// How many trials are open, each inside the one before.
    private var openTrials = 0

    /// An empty table with room for about `capacity` nodes.
    init(capacity: Int = 0) {
        entries.reserveCapacity(capacity)
    }

    /// Records `node`'s type (replacing an earlier check of the same node, e.g. re-checked with a parameter's type).
    mutating func record(_ node: Expr, type: CType, withoutContext: Bool, asLink: Bool = false, callee: FunctionInfo? = nil) {
        if isInTrial { journal.append(.entry(node, entries[node])) }
        entries[node] = Entry(node: node, type: type, withoutContext: withoutContext, asLink: asLink, callee: callee)
    }

    /// A type of the closure literal `node` of a body checked per specialization whose result is a value (not `()`, not
    /// an error), in the first such specialization by its type arguments' description: what the flow checks need
    /// of a closure a generic body declares (`FlowChecks`); nil when no specialization gave it one.
    func specializedResultType(of node: Expr) -> CType? {
        guard let types = specialized.types(of: node) else { return nil }
        let valued = types.filter { _, type in
            switch type {
            case .function(_, let result), .throwingFunction(_, let result): return result != .void && !result.hasError
            default: return false
            }
        }
        return valued.min { SpecializedTypes.describe($0.key) < SpecializedTypes.describe($1.key) }?.value
    }

    /// Records `node`'s type in the specialization with type arguments `bindings` (replacing an earlier check of the
    /// same node there); `withoutContext`: checked without a contextual type, not as a link of an optional chain.
    mutating func recordSpecialized(_ node: Expr, type: CType, bindings: [String: CType], withoutContext: Bool = false) {
        if isInTrial { journal.append(.specialized(node, specialized.types(of: node))) }
        specialized.record(node, type, in: .arguments(bindings))
        if withoutContext || specializedWithoutContext[node] != nil {
            if isInTrial { journal.append(.specializedWithoutContext(node, specializedWithoutContext[node])) }
            specializedWithoutContext[node, default: [:]][bindings] = withoutContext ? type : nil
        }
    }

    /// The type the checker gave `node` without a contextual type in the specialization with type arguments
    /// `bindings`, if it did.
    func typeWithoutContext(of node: Expr, in bindings: [String: CType]) -> CType? {
        specializedWithoutContext[node]?[bindings] ?? aloneTypes[node]?[bindings]
    }

    /// Records the type `node` has checked alone (without a contextual type) while it was checked against a
    /// contextual type, in the generic body with type arguments `bindings` (`[:]` outside one).
    mutating func recordAlone(_ node: Expr, type: CType, in bindings: [String: CType]) {
        if isInTrial { journal.append(.alone(node, aloneTypes[node])) }
        aloneTypes[node, default: [:]][bindings] = type
    }

    /// Records `type`, the array of the elements of the receiver `base` a `Sequence` method is called on, in the
    /// generic body with type arguments `bindings` (`[:]` outside one).
    mutating func recordSequenceArray(_ base: Expr, type: CType, in bindings: [String: CType]) {
        if isInTrial { journal.append(.sequenceArray(base, sequenceArrays[base])) }
        sequenceArrays[base, default: [:]][bindings] = type
    }

    /// The array of the elements of the receiver `base` a `Sequence` method is called on, in the generic body with
    /// type arguments `bindings` (`[:]` outside one), if the checker found it.
    func sequenceArrayType(of base: Expr, in bindings: [String: CType]) -> CType? {
        sequenceArrays[base]?[bindings]
    }

    /// Records the type of the closure argument `node` for inferring a generic call's type arguments, in the generic
    /// body with type arguments `bindings` (`[:]` outside one).
    mutating func recordClosureArgument(_ node: Expr, type: CType, in bindings: [String: CType]) {
        if isInTrial { journal.append(.closureArgument(node, closureArguments[node])) }
        closureArguments[node, default: [:]][bindings] = type
    }

    /// The type the checker gave the closure argument `node` for inferring a generic call's type arguments, in the
    /// generic body with type arguments `bindings` (`[:]` outside one), if it did.
    func closureArgumentType(of node: Expr, in bindings: [String: CType]) -> CType? {
        closureArguments[node]?[bindings]
    }

    /// Records the type the literal `node` has alone.
    mutating func recordLiteralAlone(_ node: Expr, type: CType) {
        literalsAlone[node] = type
    }

    /// The type the literal `node` has alone, if the checker checked it against a contextual type.
    func literalTypeAlone(of node: Expr) -> CType? {
        literalsAlone[node]
    }

    /// Records the type the literal receiver `node` takes from its member.
    mutating func recordLiteralReceiver(_ node: Expr, type: CType) {
        literalReceivers[node] = type
    }

    /// The type the literal receiver `node` takes from its member, if the checker found one other than its own.
    func literalReceiverType(of node: Expr) -> CType? {
        literalReceivers[node]
    }

    /// Records the contextual type the checker decided for `node`, in the generic body with type
    /// arguments `bindings` (`[:]` outside one).
    mutating func recordDecidedContext(_ node: Expr, _ decided: DecidedContext, in bindings: [String: CType]) {
        if isInTrial { journal.append(.decidedContext(node, decidedContexts[node])) }
        decidedContexts[node, default: [:]][bindings] = decided
    }

    /// The contextual type the checker decided for `node` in the generic body with type arguments `bindings`
    /// (`[:]` outside one), if it decided one.
    func decidedContext(of node: Expr, in bindings: [String: CType]) -> DecidedContext? {
        decidedContexts[node]?[bindings]
    }

    /// Records the type arguments `bindings` of the call whose first argument is `first` of the generic declaration
    /// `decl` (in the generic body `decl` names).
    mutating func recordGenericBindings(_ bindings: [String: CType], first: Expr, of decl: GenericBindingsKey) {
        if isInTrial { journal.append(.genericBindings(first, genericCallBindings[first])) }
        genericCallBindings[first, default: [:]][decl] = bindings
    }

    /// The type arguments the checker bound for the call whose first argument is `first` of the generic declaration
    /// `decl` (in the generic body `decl` names), if it bound them.
    func genericBindings(first: Expr, of decl: GenericBindingsKey) -> [String: CType]? {
        genericCallBindings[first]?[decl]
    }

    /// Records whether a plain member (an extension's subscript) takes the arguments of the call whose first argument
    /// is `first`, in the generic body with type arguments `specialization` (`[:]` outside one).
    mutating func recordPlainMemberFits(_ fits: Bool, first: Expr, in specialization: [String: CType]) {
        if isInTrial { journal.append(.plainMemberFits(first, plainMemberChoices[first])) }
        plainMemberChoices[first, default: [:]][specialization] = fits
    }

    /// Whether a plain member (an extension's subscript) takes the arguments of the call whose first argument is
    /// `first`, in the generic body with type arguments `specialization`, if the checker chose.
    func plainMemberFits(first: Expr, in specialization: [String: CType]) -> Bool? {
        plainMemberChoices[first]?[specialization]
    }

    /// Records that `node`, an operand compared with `nil`, is of no optional type in the generic body with type
    /// arguments `bindings` (`[:]` outside one).
    mutating func recordNonOptionalNilOperand(_ node: Expr, in bindings: [String: CType]) {
        nonOptionalNilOperands[node, default: []].insert(bindings)
    }

    /// Whether the checker found `node`, an operand compared with `nil`, of no optional type in the generic body with
    /// type arguments `bindings` (`[:]` outside one).
    func isNonOptionalNilOperand(_ node: Expr, in bindings: [String: CType]) -> Bool {
        nonOptionalNilOperands[node]?.contains(bindings) ?? false
    }

    /// Records whether an error leaves the closure literal `node`.
    mutating func recordClosureThrows(_ node: Expr, _ throwsOut: Bool) {
        closuresThrowing[node] = throwsOut
    }

    /// Whether an error leaves the closure literal `node`, if the checker could tell.
    func closureThrows(_ node: Expr) -> Bool? {
        closuresThrowing[node]
    }

    /// The type the checker gave `node`, if it typed it.
    func type(of node: Expr) -> CType? {
        entries[node]?.type
    }

    /// The type the checker gave `node` without a contextual type, if it did.
    func typeWithoutContext(of node: Expr) -> CType? {
        guard let entry = entries[node], entry.withoutContext else { return aloneTypes[node]?[[:]] }
        return entry.type
    }

    /// The type the checker gave `node` as a link of an optional chain without a contextual type, if it did.
    func typeAsLink(of node: Expr) -> CType? {
        guard let entry = entries[node], entry.asLink else { return nil }
        return entry.type
    }

    /// The declared function the checker resolved the call `node` to, if it did.
    func callee(of node: Expr) -> FunctionInfo? {
        entries[node]?.callee
    }

    /// Records the overload chosen for the call the generator selects at `site`.
    mutating func recordOverload(_ choice: OverloadChoice, at site: OverloadSite) {
        if isInTrial { journal.append(.overload(site, overloads[site])) }
        overloads[site] = choice
    }

    /// Records whether the call at `location` calls the cell's overload or the library's function.
    mutating func recordLibraryChoice(_ choice: LibraryOverloadChoice, at location: SourceLocation) {
        libraryChoices[location] = choice
    }

    /// Records the native binding or operator `node` resolved to and, with `location`, the choice the generator takes.
    mutating func recordNative(_ resolution: CalleeResolution, for node: Expr?, chosenAt location: SourceLocation?) {
        if let node {
            if isInTrial { journal.append(.native(node, natives[node])) }
            natives[node] = resolution
        }
        if let location {
            if isInTrial { journal.append(.nativeChoice(location, nativeChoices[location])) }
            nativeChoices[location] = resolution
        }
    }

    /// Records the type of the declaration at `index` (nil: unknown, forgetting an earlier type).
    mutating func recordDeclaration(_ type: CType?, at index: Int) {
        if isInTrial { journal.append(.declaration(index, declarations[index])) }
        declarations[index] = type
    }

    /// How many nodes were typed.
    var count: Int { entries.count }

    /// The type errors the checker reported, in the order found (see `TypeChecker+Diagnostics`).
    private(set) var diagnostics: [Diagnostic] = []

    /// The same diagnostics, to find one fast (`Compiler.report`).
    private var reportedSet = Set<Diagnostic>()

    /// Records a type error the checker reported.
    mutating func report(_ diagnostic: Diagnostic) {
        let isNew = reportedSet.insert(diagnostic).inserted
        if isInTrial { journal.append(.reported(diagnostic, isNew: isNew)) }
        diagnostics.append(diagnostic)
    }

    /// Whether the checker reported `diagnostic` (message, notes and position).
    func hasReported(_ diagnostic: Diagnostic) -> Bool {
        !reportedSet.isEmpty && reportedSet.contains(diagnostic)
    }
}

// MARK: Trials

extension CheckedTypes {
    /// Where a trial check began (`beginTrial`), to undo (`rollback(to:)`) or keep (`commit`) what it changed.
    struct TrialMark {
        /// How many trials were open once it began (itself included): trials close in the reverse order they began.
        fileprivate let depth: Int
        /// The journal's length when it began.
        fileprivate let start: Int
    }

    /// One change a trial made, as what puts its table back: the key and the value it had before (nil: none), or a
    /// diagnostic reported (`reported`, undone by taking it back) or taken back (`retracted`, undone by reporting it
    /// again); `isNew`: it had not been reported before.
    enum Change {
        case entry(Expr, Entry?)
        case overload(OverloadSite, OverloadChoice?)
        case specialized(Expr, [[String: CType]: CType]?)
        case specializedWithoutContext(Expr, [[String: CType]: CType]?)
        case closureArgument(Expr, [[String: CType]: CType]?)
        case alone(Expr, [[String: CType]: CType]?)
        case sequenceArray(Expr, [[String: CType]: CType]?)
        case decidedContext(Expr, [[String: CType]: DecidedContext]?)
        case genericBindings(Expr, [GenericBindingsKey: [String: CType]]?)
        case plainMemberFits(Expr, [[String: CType]: Bool]?)
        case native(Expr, CalleeResolution?)
        case nativeChoice(SourceLocation, CalleeResolution?)
        case declaration(Int, CType?)
        case reported(Diagnostic, isNew: Bool)
        case retracted(Diagnostic, isNew: Bool)
    }

    /// Whether a trial is open (changes are then journaled).
    var isInTrial: Bool { openTrials > 0 }

    /// Opens a trial check (inside the open one, if any): the changes from now on are journaled until it closes.
    mutating func beginTrial() -> TrialMark {
        openTrials += 1
        return TrialMark(depth: openTrials, start: journal.count)
    }

    /// Undoes the changes made since `mark`, last first, and closes its trial; returns what redoes them
    /// (`reapply`), last change first.
    mutating func rollback(to mark: TrialMark) -> [Change] {
        precondition(mark.depth == openTrials, "trials close in the reverse order they began")
        var redo: [Change] = []
        redo.reserveCapacity(journal.count - mark.start)
        while journal.count > mark.start { redo.append(exchange(journal.removeLast())) }
        openTrials -= 1
        return redo
    }

    /// Keeps the changes made since `mark` and closes its trial (a trial it is inside may still undo them); returns
    /// how many changes the journal dropped (all of them when it was the outermost trial, otherwise none).
    mutating func commit(_ mark: TrialMark) -> Int {
        precondition(mark.depth == openTrials, "trials close in the reverse order they began")
        openTrials -= 1
        guard openTrials == 0 else { return 0 }
        let dropped = journal.count
        journal.removeAll(keepingCapacity: true)
        return dropped
    }

    /// Makes again the changes a rollback undid (`rollback(to:)`'s answer), journaled when a trial is open.
    mutating func reapply(_ redo: [Change]) {
        for change in redo.reversed() {
            let undo = exchange(change)
            if isInTrial { journal.append(undo) }
        }
    }

    /// Puts `change`'s value into its table and returns the change that puts back the value it replaced.
    private mutating func exchange(_ change: Change) -> Change {
        switch change {
        case .entry(let node, let entry): return .entry(node, Self.replace(&entries[node], with: entry))
        case .overload(let site, let choice): return .overload(site, Self.replace(&overloads[site], with: choice))
        case .specialized(let node, let types):
            defer { specialized.restore(types, of: node) }
            return .specialized(node, specialized.types(of: node))
        case .specializedWithoutContext(let node, let types):
            return .specializedWithoutContext(node, Self.replace(&specializedWithoutContext[node], with: types))
        case .closureArgument(let node, let types): return .closureArgument(node, Self.replace(&closureArguments[node], with: types))
        case .alone(let node, let types): return .alone(node, Self.replace(&aloneTypes[node], with: types))
        case .sequenceArray(let node, let types): return .sequenceArray(node, Self.replace(&sequenceArrays[node], with: types))
        case .decidedContext(let node, let contexts):
            return .decidedContext(node, Self.replace(&decidedContexts[node], with: contexts))
        case .genericBindings(let node, let bindings):
            return .genericBindings(node, Self.replace(&genericCallBindings[node], with: bindings))
        case .plainMemberFits(let node, let fits): return .plainMemberFits(node, Self.replace(&plainMemberChoices[node], with: fits))
        case .native(let node, let resolution): return .native(node, Self.replace(&natives[node], with: resolution))
        case .nativeChoice(let location, let resolution):
            return .nativeChoice(location, Self.replace(&nativeChoices[location], with: resolution))
        case .declaration(let index, let type): return .declaration(index, Self.replace(&declarations[index], with: type))
        case .reported(let diagnostic, let isNew):
            diagnostics.removeLast()
            if isNew { reportedSet.remove(diagnostic) }
            return .retracted(diagnostic, isNew: isNew)
        case .retracted(let diagnostic, let isNew):
            diagnostics.append(diagnostic)
            reportedSet.insert(diagnostic)
            return .reported(diagnostic, isNew: isNew)
        }
    }

    /// Puts `value` in `slot` and returns what it held.
    private static func replace<Value>(_ slot: inout Value?, with value: Value?) -> Value? {
        defer { slot = value }
        return slot
    }
}

/// A contextual type the checker decided for a node by a language rule (`CheckedTypes.decidedContext`): the type it
/// checked the node against, nil when the rule gave none (the node checked without one, or with the enclosing one).
struct DecidedContext: Equatable {
    let type: CType?
    /// The types the rule read (an operand's, the context's, the elements'): the generator takes the decision only
    /// where it compiles with the same ones (a body compiled once per conforming type has one record).
    let basis: [CType?]
    /// Whether an operator's two operands are both checked against `type` (`[1, 2] + [3, 4]` for a declared `+` of
    /// two `[Double]`), recorded on the left operand.
    var bothOperands = false
}

/// Where the checker bound a generic call's type arguments (`CheckedTypes.genericBindings`, by the call's first
/// argument): the generic declaration called (a function, member or initializer, or a generic type constructed), by
/// its name and position (a specialization's copy of a member is the same declaration), and the type arguments of
/// the generic body the call is in (`[:]` outside one).
struct GenericBindingsKey: Hashable {
    let name: String
    let location: SourceLocation
    let specialization: [String: CType]
}
