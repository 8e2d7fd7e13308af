import Diagnostics

/// The types the type checker (`TypeChecker`) gave the expression nodes of one cell, before any code is generated:
/// for each node it typed, its static type, whether it was typed without a contextual type (its type is then what a
/// type-only compilation of it finds) and, for calls and constructions, what it resolved to.
///
/// Entries are keyed by the node's identity and keep the node alive (no identity reuse while the table lives). A node the checker could not type has no entry: unknown is never guessed.
struct CheckedTypes {
    /// One typed node.
    struct Entry {
        let node: Expr
        let type: CType
        /// Whether the node was checked without a contextual type.
        let withoutContext: Bool
        /// Whether the node is a link of an optional chain (not its outermost node: `a?.b` in `a?.b.c`, read or
        /// assigned through), typed as a link: its type is what a type-only compilation of it finds inside the chain.
        var asLink = false
        /// The declared function, method or initializer a call resolved to, when the checker chose it.
        var callee: FunctionInfo?
    }

    private(set) var entries = IdentityTable<Expr, Entry>()
    /// The overload the checker chose by argument types among several a top-level function's labels fit, by the
    /// call's position (`Compiler.selectOverload` reads it).
    private(set) var overloads: [SourceLocation: FunctionInfo] = [:]
    /// Whether a call of a name both the cell and the library declare calls the cell's overload or the library's
    /// (`LibraryOverloadChoice`), by the call's position (`Compiler.compileLibraryOverloadCall` reads it).
    private(set) var libraryChoices: [SourceLocation: LibraryOverloadChoice] = [:]
    /// The nodes of bodies that compile once per specialization, typed per specialization (the generator reads them
    /// only through `specializedWithoutContext`, by the specialization it compiles: one type per node would be
    /// wrong for every other specialization).
    private(set) var specialized = SpecializedTypes()
    /// The same nodes' types where the checker typed them without a contextual type (and not as a link of an
    /// optional chain), by type arguments: what a type-only compilation of the node finds in that specialization.
    private var specializedWithoutContext = IdentityTable<Expr, [[String: CType]: CType]>()
    /// Each closure argument of a generic call typed for inferring the type arguments (its parameters' types from
    /// the bindings already known, its result inferred, as `Compiler.genericArgumentType` types it), by the type
    /// arguments of the generic body it is in (`[:]` outside one): the generator reads it instead of compiling the
    /// closure a first time to learn its type (which made nested calls exponential to compile).
    private var closureArguments = IdentityTable<Expr, [[String: CType]: CType]>()
    /// The native binding or operator each node resolved to, when the checker chose it (the oracle compares it).
    private(set) var natives = IdentityTable<Expr, CalleeResolution>()
    /// The native overload chosen by argument types among several the labels fit, or the native operator, by the
    /// position the generator compiles the call or operator at (`Compiler.checkedNativeOverload` reads it).
    private(set) var nativeChoices: [SourceLocation: CalleeResolution] = [:]

    /// An empty table with room for about `capacity` nodes.
    init(capacity: Int = 0) {
        entries.reserveCapacity(capacity)
    }

    /// Records `node`'s type (replacing an earlier check of the same node, e.g. re-checked with a parameter's type).
    mutating func record(_ node: Expr, type: CType, withoutContext: Bool, asLink: Bool = false, callee: FunctionInfo? = nil) {
        entries[node] = Entry(node: node, type: type, withoutContext: withoutContext, asLink: asLink, callee: callee)
    }

    /// Records `node`'s type in the specialization with type arguments `bindings` (replacing an earlier check of the
    /// same node there); `withoutContext`: checked without a contextual type, not as a link of an optional chain.
    mutating func recordSpecialized(_ node: Expr, type: CType, bindings: [String: CType], withoutContext: Bool = false) {
        specialized.record(node, type, in: .arguments(bindings))
        if withoutContext || specializedWithoutContext[node] != nil {
            specializedWithoutContext[node, default: [:]][bindings] = withoutContext ? type : nil
        }
    }

    /// The type the checker gave `node` without a contextual type in the specialization with type arguments
    /// `bindings`, if it did.
    func typeWithoutContext(of node: Expr, in bindings: [String: CType]) -> CType? {
        specializedWithoutContext[node]?[bindings]
    }

    /// Records the type of the closure argument `node` for inferring a generic call's type arguments, in the generic
    /// body with type arguments `bindings` (`[:]` outside one).
    mutating func recordClosureArgument(_ node: Expr, type: CType, in bindings: [String: CType]) {
        closureArguments[node, default: [:]][bindings] = type
    }

    /// The type the checker gave the closure argument `node` for inferring a generic call's type arguments, in the
    /// generic body with type arguments `bindings` (`[:]` outside one), if it did.
    func closureArgumentType(of node: Expr, in bindings: [String: CType]) -> CType? {
        closureArguments[node]?[bindings]
    }

    /// The type the checker gave `node`, if it typed it.
    func type(of node: Expr) -> CType? {
        entries[node]?.type
    }

    /// The type the checker gave `node` without a contextual type, if it did.
    func typeWithoutContext(of node: Expr) -> CType? {
        guard let entry = entries[node], entry.withoutContext else { return nil }
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

    /// Records the overload chosen by argument types for the call at `location`.
    mutating func recordOverload(_ info: FunctionInfo, at location: SourceLocation) {
        overloads[location] = info
    }

    /// Records whether the call at `location` calls the cell's overload or the library's function.
    mutating func recordLibraryChoice(_ choice: LibraryOverloadChoice, at location: SourceLocation) {
        libraryChoices[location] = choice
    }

    /// Records the native binding or operator `node` resolved to and, with `location`, the choice the generator takes.
    mutating func recordNative(_ resolution: CalleeResolution, for node: Expr?, chosenAt location: SourceLocation?) {
        if let node { natives[node] = resolution }
        if let location { nativeChoices[location] = resolution }
    }

    /// How many nodes were typed.
    var count: Int { entries.count }

    /// The type errors the checker reported, in the order found (see `TypeChecker+Diagnostics`).
    private(set) var diagnostics: [Diagnostic] = []

    /// The same diagnostics, to find one fast (`Compiler.report`).
    private var reportedSet = Set<Diagnostic>()

    /// Records a type error the checker reported.
    mutating func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
        reportedSet.insert(diagnostic)
    }

    /// Whether the checker reported `diagnostic` (message, notes and position).
    func hasReported(_ diagnostic: Diagnostic) -> Bool {
        !reportedSet.isEmpty && reportedSet.contains(diagnostic)
    }
}
