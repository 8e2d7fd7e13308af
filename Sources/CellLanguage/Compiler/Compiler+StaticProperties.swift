import Diagnostics

/// Static stored properties are initialized lazily, as in Swift: `static let shared = Counter()` runs its initial
/// value the first time `Counter.shared` is read or written, not where the type is declared — so the side effects
/// of initial values happen in Swift's order, and an initial value may use static properties declared after it.
///
/// The property is a hidden global with a hidden flag (a word of the globals frame, so checkpoints keep it); every
/// read, write and in-place change of the property goes through `load`, `store` or `variablePlace`, which run the
/// initial value first when the flag is still clear (their `…Storage` forms reach the hidden global itself).
extension Compiler {
    /// Makes `variable` (a static property's hidden global) run `value` into itself on first access.
    func initializeOnFirstAccess(_ variable: VariableInfo, _ value: Typed) {
        let flag = globalScopeContext.allocate(.bool)
        let initialValue = storeStorage(variable, value)
        let globals = self.globals
        variable.initializeOnFirstAccess = { _ in
            guard globals.words[flag] == 0 else { return }
            globals.words[flag] = 1  // set first: an initial value reading its own property sees the default
            try initialValue(globals)
        }
    }

    /// `place` with the static property's initial value run before every access to it.
    static func initializingFirst(_ place: Place, _ initialize: @escaping (Frame) throws -> Void) -> Place {
        var place = place
        place.slot = nil  // every access goes through `modify`, which initializes first
        let modify = place.modify, assign = place.assign
        place.modify = { frame, body in
            try initialize(frame)
            try modify(frame, body)
        }
        place.assign = { newValue in
            let code = assign(newValue)
            return { frame in
                try initialize(frame)
                try code(frame)
            }
        }
        return place
    }

    /// A type's static stored properties ordered so that each comes after the ones its initial value names (`static
    /// let limit = base * 2` before `static let base = 21`): their types are known when it compiles. The values still
    /// run on first access; a cycle keeps the declaration order.
    static func inDependencyOrder(_ fields: [TypeDecl.Field]) -> [TypeDecl.Field] {
        let names = Set(fields.map(\.name))
        func uses(_ expr: Expr, into found: inout Set<String>) {
            if case .name(let name) = expr.kind, names.contains(name) { found.insert(name) }
            if case .member(let base?, let name, _) = expr.kind, case .name = base.kind, names.contains(name) { found.insert(name) }
            expr.forEachChild { uses($0, into: &found) }
        }
        var ordered: [TypeDecl.Field] = [], placed = Set<String>(), visiting = Set<String>()
        func place(_ field: TypeDecl.Field) {
            guard !placed.contains(field.name), visiting.insert(field.name).inserted else { return }
            var found = Set<String>()
            if let value = field.value { uses(value, into: &found) }
            for other in fields where found.contains(other.name) && other.name != field.name { place(other) }
            placed.insert(field.name)
            ordered.append(field)
        }
        fields.forEach(place)
        return ordered
    }
}
