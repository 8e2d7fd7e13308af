import Diagnostics

/// The typed AST of the cell being compiled: for every expression node compiled for the code that runs, its static
/// type, what a call, member or operator resolved to and the implicit conversions applied to it. Filled on every
/// compile (`Compiler.compileExpr`), compared with the checker's by the oracles and printed by `nbrun debug types`.
/// The generator never reads a type from it: its type requests are the checker's (`Compiler.checkerType`).
///
/// Node identity: entries are keyed by the node in an `IdentityTable` (which retains it) and each entry retains the
/// scope it compiled in, so neither address is reused by another object while the table lives. Nodes the compiler
/// makes on the fly (the `self.x` behind an implicit member) are not recorded: the node the user wrote is. The table
/// is emptied before each cell.
struct TypeTable {
    /// One compiled node.
    struct Entry {
        let node: Expr
        let scope: Scope
        let type: CType
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
    /// The checker that found them, kept to check the generic bodies the generator checks with placeholders, under
    /// the generator's placeholders (`Compiler.typeCheckPlaceholderBody`).
    var checker: TypeChecker?
    /// While the cell's checker is being made (specializations made for it compile their types first): the types whose
    /// generic members wait for it to be checked with placeholders (`Compiler.checkGenericMembers`); nil otherwise.
    var genericMemberChecksAwaitingChecker: [UserType]?
    /// While the cell's checker is being made: the compilations of the members' bodies of the specializations made for
    /// it, run once it has run (their type requests then read its types); nil otherwise.
    var specializedBodiesAwaitingChecker: [() -> Void]?
    /// The number of nodes the table was sized for.
    let capacity: Int
    /// What the node compiling resolved to, set by the compiler's resolution points (`Compiler.noteResolution`).
    var pending: CalleeResolution?
    /// The node recorded last (a conversion applied right after compiling a node belongs to it).
    private var last: Expr?
    /// The user's node each node the generator synthesizes stands for (`Compiler.noteSynthesized`): the copies of
    /// an assignment target whose subscript arguments were hoisted, and the hidden constants that replace them (of
    /// the same type). Their types are recorded on the user's nodes, so the typed AST (and the type-check oracle)
    /// holds only those.
    private(set) var origins = IdentityTable<Expr, Expr>()
    /// The implicit force unwraps of implicitly unwrapped reads, by the read they unwrap (their type is the read's
    /// wrapped type: they are not recorded, the read is).
    private var implicitUnwraps = IdentityTable<Expr, Expr>()
    /// The `Array(base)` nodes the generator writes for a `Sequence` method called on a declared sequence or a
    /// `Sequence` placeholder (`Compiler.userSequenceAsArray`), by node: their receiver `base` (the checker's
    /// `CheckedTypes.sequenceArrayType` of it is their type).
    private var sequenceArrayBases = IdentityTable<Expr, Expr>()
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
    mutating func record(_ node: Expr, scope: Scope, type: CType, specialization: Specialization? = nil) {
        if !synthesized.isEmpty, synthesized.contains(node) { return }
        var key = node
        if let origin = userNode(of: node) {
            // A synthesized node: its user's node keeps the type it compiled with first (a hidden constant has the
            // type of the argument it holds, compiled just before).
            last = origin
            if let specialization, specialized.type(of: origin, in: specialization) == nil {
                specialized.record(origin, type, in: specialization)
            }
            if entries[origin] != nil { return }
            key = origin
        } else if let specialization {
            specialized.record(node, type, in: specialization)
        }
        entries[key] = Entry(node: key, scope: scope, type: type, resolution: pending)
        last = key
    }

    /// Notes that the generator's node `copy` stands for the user's node `original`, of the same type (see
    /// `origins`).
    mutating func noteOrigin(of copy: Expr, _ original: Expr) {
        origins[copy] = origins[original] ?? original
    }

    /// Notes that `unwrap` is the implicit force unwrap of the implicitly unwrapped read `read`.
    mutating func noteImplicitUnwrap(_ unwrap: Expr, of read: Expr) {
        implicitUnwraps[unwrap] = read
    }

    /// The implicitly unwrapped read whose implicit force unwrap is `node` (`Compiler.unwrap`), nil for other nodes.
    func implicitlyUnwrappedRead(_ node: Expr) -> Expr? {
        implicitUnwraps.isEmpty ? nil : implicitUnwraps[node]
    }

    /// The user's node the generator's node `node` stands for (nil: `node` is the user's, or has no counterpart).
    private func userNode(of node: Expr) -> Expr? {
        guard !origins.isEmpty || !implicitUnwraps.isEmpty else { return nil }
        let origin = origins[node] ?? node
        if let read = implicitUnwraps[origin] { return origins[read] ?? read }
        return origin === node ? nil : origin
    }

    /// Notes that the generator's node `node` is `Array(base)`, the array of the elements of the receiver `base`.
    mutating func noteSequenceArray(_ node: Expr, of base: Expr) {
        sequenceArrayBases[node] = base
    }

    /// The receiver whose elements' array the generator's node `node` is (nil: another node).
    func sequenceArrayBase(of node: Expr) -> Expr? {
        sequenceArrayBases.isEmpty ? nil : sequenceArrayBases[node]
    }

    /// The user's node of the same type that the generator's node `node` stands for, or `node` itself.
    func sameTypeNode(_ node: Expr) -> Expr {
        origins.isEmpty ? node : origins[node] ?? node
    }

    /// Records the type of a variable read whose code is generated elsewhere (`xs.append(1)` mutates `xs` in its
    /// slot), unless the node compiled.
    mutating func recordVariable(_ node: Expr, scope: Scope, type: CType, specialization: Specialization? = nil) {
        if !synthesized.isEmpty, synthesized.contains(node) { return }
        let key = userNode(of: node) ?? node
        if entries[key] == nil { entries[key] = Entry(node: key, scope: scope, type: type) }
        if let specialization, specialized.type(of: key, in: specialization) == nil { specialized.record(key, type, in: specialization) }
    }

    /// Marks a node the compiler wrote (never recorded).
    mutating func markSynthesized(_ node: Expr) {
        synthesized.insert(node)
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
