import Diagnostics

/// What the compiler's scopes answered for one name of a `.name` expression (recorded only for the resolution
/// oracle: see `Compiler.nameLookups` and `ResolutionAgreement`).
struct NameLookup {
    /// What the name was found to be.
    enum Answer: Equatable {
        /// An implicit `self` member or type member.
        case member
        /// A variable, accessor variable or function declared at `location`; `isGlobal` when the global scope holds it.
        case declared(location: SourceLocation, isGlobal: Bool)
        /// A type the notebook declares, or a generic parameter bound while a body compiles (types are not in the
        /// scopes: the compiler finds them by name).
        case type
        /// Nothing in scope (a built-in, or an unknown name).
        case none
    }
    var name: String
    var location: SourceLocation
    var answer: Answer
}

extension Compiler {
    /// Records what the scopes answer for `name` at this point (only called when `nameLookups` is set).
    func recordLookup(_ name: String, at location: SourceLocation) {
        var answer = NameLookup.Answer.none
        if implicitSelfMember(name, at: location) != nil {
            answer = .member
        } else if let binding = scope.lookup(name) {
            var root = scope
            while let parent = root.parent { root = parent }
            let global = root.names[name]
            switch binding {
            case .variable(let variable):
                let isGlobal = if case .variable(let found)? = global { found === variable } else { false }
                answer = .declared(location: variable.location, isGlobal: isGlobal)
            case .accessor(let variable):
                let isGlobal = if case .accessor(let found)? = global { found === variable } else { false }
                answer = .declared(location: variable.location, isGlobal: isGlobal)
            case .functions(let overloads):
                let isGlobal = if case .functions(let found)? = global { found.first === overloads.first } else { false }
                answer = .declared(location: overloads.first?.location ?? location, isGlobal: isGlobal)
            }
        }
        let head = String(name.prefix { $0 != "<" })
        if answer == .none, let generic = protocolState.genericFunctions[name]?.first {
            // Generic functions are templates outside the scopes (top-level only).
            answer = .declared(location: generic.location, isGlobal: true)
        } else if answer == .none,
                  userType(named: name) != nil || protocolState.genericTypes[head] != nil || declarations.typeAliases[name] != nil
                    || genericBinding(name) != nil {
            answer = .type
        }
        nameLookups?.append(NameLookup(name: name, location: location, answer: answer))
    }
}
