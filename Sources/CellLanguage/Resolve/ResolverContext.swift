/// What name resolution remembers across the cells of one notebook: the top-level names declared so far and the
/// member names of the types declared so far (an extension in a later cell sees them as implicit `self` members).
final class ResolverContext {
    /// Top-level names declared by the cells resolved so far.
    var globals: Set<String> = []
    /// Member names by type name (fields, properties, methods, cases, protocol requirements, nested types).
    var members: [String: Set<String>] = [:]
    /// The types the notebook declares (not extensions), by name.
    var declaredTypes: Set<String> = []
    /// Superclass and protocols by type name, whose members a type's bodies also see.
    var inherited: [String: [String]] = [:]
    /// Whether a name the notebook does not declare is provided by the standard library or the bindings.
    let isBuiltin: (String) -> Bool

    /// Global functions and types of the standard library that the compiler knows by name.
    static let standardNames: Set<String> = Compiler.builtinFunctionNames.union([
        "Optional", "Float", "Range", "ClosedRange", "Substring", "Error", "Any", "AnyObject", "Void", "Never",
        "Equatable", "Comparable", "Hashable", "CustomStringConvertible", "Sequence", "Collection",
        "IteratorProtocol", "CaseIterable", "Identifiable", "type", "debugPrint", "Swift",
    ]).union(Compiler.unprovidedLibraryFunctions)

    /// Creates an empty context; `isBuiltin` tells the built-in names.
    init(isBuiltin: @escaping (String) -> Bool = { _ in false }) {
        self.isBuiltin = isBuiltin
    }

    /// Resolves one cell's statements against the cells before it, then remembers its top-level names.
    func resolve(_ statements: [Stmt]) -> Resolution {
        var resolver = Resolver(context: self, statements: statements)
        resolver.cell(statements)
        for declaration in resolver.resolution.declarations where declaration.isTopLevel {
            globals.insert(declaration.name)
        }
        return resolver.resolution
    }

    /// Every member name a body of `typeName` sees implicitly: its own and those of its superclass and protocols.
    func allMembers(of typeName: String) -> Set<String> {
        var result = Set<String>()
        var pending = [typeName]
        var seen = Set<String>()
        while let name = pending.popLast() {
            guard seen.insert(name).inserted else { continue }
            result.formUnion(members[name] ?? [])
            pending += inherited[name] ?? []
        }
        return result
    }
}
