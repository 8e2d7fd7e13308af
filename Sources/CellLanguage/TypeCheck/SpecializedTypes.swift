/// Which compilation of a body that compiles once per specialization a node's type belongs to.
enum Specialization: Hashable {
    /// A specialization that runs, by its type arguments (as the generator binds them: type parameters by name, and
    /// the associated types they fix, such as `C.Element`).
    case arguments([String: CType])
    /// The generator's check of a generic body with placeholders for its type parameters (by those bindings): code
    /// that never runs, so its types count in no coverage; the oracle compares them with the checker's check of the
    /// same body under the same placeholders (`Compiler.typeCheckPlaceholderBody`), for disagreements only.
    case placeholders([String: CType])

    /// The type arguments, placeholders or not.
    var bindings: [String: CType] {
        switch self {
        case .arguments(let bindings), .placeholders(let bindings): return bindings
        }
    }
}

/// The types of the nodes of bodies that compile once per specialization (generic functions, members of generic
/// types), one per specialization: a node shared by every specialization has a different type in each, so a single
/// type per node (the compilation that ran last) cannot be compared. The generator's `TypeTable` and the checker's
/// `CheckedTypes` each keep one; the type-check oracle compares them specialization by specialization.
struct SpecializedTypes {
    /// Each node's type by the type arguments of the specialization it compiled in (empty: only the placeholder
    /// check compiled it).
    private(set) var types = IdentityTable<Expr, [[String: CType]: CType]>()
    /// The types the generator's placeholder checks compiled nodes to, by the placeholder bindings.
    private(set) var placeholderTypes = IdentityTable<Expr, [[String: CType]: CType]>()

    /// Records `node`'s type in `specialization`.
    mutating func record(_ node: Expr, _ type: CType, in specialization: Specialization) {
        switch specialization {
        case .placeholders(let bindings):
            if types[node] == nil { types[node] = [:] }
            placeholderTypes[node, default: [:]][bindings] = type
        case .arguments(let bindings):
            types[node, default: [:]][bindings] = type
        }
    }

    /// `node`'s type in `specialization`, if recorded.
    func type(of node: Expr, in specialization: Specialization) -> CType? {
        switch specialization {
        case .arguments(let bindings): return types[node]?[bindings]
        case .placeholders(let bindings): return placeholderTypes[node]?[bindings]
        }
    }

    /// `node`'s types by specialization; nil when the node is not one of a body compiled per specialization.
    func types(of node: Expr) -> [[String: CType]: CType]? {
        types[node]
    }

    /// Puts back `node`'s types by specialization as `types(of:)` gave them (nil: none), undoing a trial check.
    mutating func restore(_ nodeTypes: [[String: CType]: CType]?, of node: Expr) {
        types[node] = nodeTypes
    }

    /// How many types are recorded (one per node and specialization).
    var count: Int { types.values.reduce(0) { $0 + $1.count } }

    /// Type arguments as the oracle's lines show them: `<T = Int, U = String>`, sorted by name.
    static func describe(_ bindings: [String: CType]) -> String {
        "<" + bindings.sorted { $0.key < $1.key }.map { "\($0.key) = \($0.value)" }.joined(separator: ", ") + ">"
    }
}
