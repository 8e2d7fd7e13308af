import Diagnostics

/// The typed AST of the cell being compiled: for every expression node compiled for the code that runs, its static
/// type, what a call, member or operator resolved to and the implicit conversions applied to it. Filled on every
/// compile (`Compiler.compileExpr`), read by `compileExprTypeOnly` (a node already compiled without a contextual
/// type in the same scope is not compiled again to learn its type) and printed by `nbrun debug types`.
///
/// Node identity: entries are keyed by the node in an `IdentityTable` (which retains it) and each entry retains the
/// scope it compiled in, so neither address is reused by another object while the table lives. Nodes the compiler
/// makes on the fly (the `self.x` behind an implicit member) are not recorded: the node the user wrote is. The table
/// is emptied before each cell.
/// Type-only compilations (`typeOnlyDepth > 0`) record nothing: the table describes the code that runs.
struct TypeTable {
    /// One compiled node.
    struct Entry {
        let node: Expr
        let scope: Scope
        let type: CType
        /// Whether the node compiled without a contextual type (its type is then what a type-only request finds).
        let withoutContext: Bool
        var resolution: CalleeResolution?
        var conversions: [Conversion] = []
    }

    private(set) var entries = IdentityTable<Expr, Entry>()
    /// The nodes of bodies that compile once per specialization (generic functions, generic types' members), with
    /// their type in each specialization that compiled for the code that runs, by its type arguments (see
    /// `SpecializedTypes`); `entries` holds the type of the compilation that ran last.
    private(set) var specialized = SpecializedTypes()
    /// The types the type checker found for the cell before generation (nil until it ran; see `TypeChecker`).
    var checked: CheckedTypes?
    /// The number of nodes the table was sized for.
    let capacity: Int
    /// What the node compiling resolved to, set by the compiler's resolution points (`Compiler.noteResolution`).
    var pending: CalleeResolution?
    /// The node recorded last (a conversion applied right after compiling a node belongs to it).
    private var last: Expr?
    /// Nodes the compiler wrote itself (the `self.x` behind an implicit member and its `self`): not recorded, the
    /// node the user wrote is (the oracle compares the checker's type with it).
    private var synthesized = IdentitySet<Expr>()

    /// An empty table with room for about `capacity` nodes.
    init(capacity: Int = 0) {
        self.capacity = capacity
        entries.reserveCapacity(capacity)
    }

    /// Records `node`'s type and the pending resolution.
    /// `specialization`: the type arguments the node compiled with (nil outside bodies compiled per specialization).
    mutating func record(_ node: Expr, scope: Scope, type: CType, withoutContext: Bool, specialization: Specialization? = nil) {
        if !synthesized.isEmpty, synthesized.contains(node) { return }
        let key = node
        entries[key] = Entry(node: node, scope: scope, type: type, withoutContext: withoutContext, resolution: pending)
        if let specialization { specialized.record(node, type, in: specialization) }
        last = key
    }

    /// Records the type of a variable read whose code is generated elsewhere (`xs.append(1)` mutates `xs` in its
    /// slot), unless the node compiled.
    mutating func recordVariable(_ node: Expr, scope: Scope, type: CType, specialization: Specialization? = nil) {
        if !synthesized.isEmpty, synthesized.contains(node) { return }
        let key = node
        if entries[key] == nil { entries[key] = Entry(node: node, scope: scope, type: type, withoutContext: true) }
        if let specialization, specialized.type(of: node, in: specialization) == nil { specialized.record(node, type, in: specialization) }
    }

    /// Marks a node the compiler wrote (never recorded).
    mutating func markSynthesized(_ node: Expr) {
        synthesized.insert(node)
    }

    /// The type `node` had when it compiled without a contextual type in `scope`, if it did.
    func typeWithoutContext(of node: Expr, in scope: Scope) -> CType? {
        guard let entry = entries[node], entry.withoutContext, entry.scope === scope else { return nil }
        return entry.type
    }

    /// Notes a conversion applied at `location` to the node compiled last, when it is that node's.
    mutating func noteConversion(_ conversion: Conversion, at location: SourceLocation) {
        guard let last, entries[last]?.node.location == location else { return }
        entries[last]?.conversions.append(conversion)
    }

    /// The type, resolution and conversions of each node, as the debug listing prints them; a node the type checker
    /// typed is marked `[checked]`, or `[checker: T]` when the checker found another type.
    var annotations: IdentityTable<Expr, (type: CType, note: String)> {
        var result = IdentityTable<Expr, (type: CType, note: String)>()
        for (key, entry) in entries {
            var notes = entry.conversions.map { "[\($0)]" }
            if let resolution = entry.resolution { notes.insert("=> \(resolution)", at: 0) }
            if let type = checked?.type(of: entry.node) { notes.append(type == entry.type ? "[checked]" : "[checker: \(type)]") }
            result[key] = (entry.type, notes.joined(separator: " "))
        }
        return result
    }
}
