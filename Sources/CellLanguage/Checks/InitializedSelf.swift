import Diagnostics

/// What the definite-initialization analysis of an initializer's body knows of the type it initializes: the stored
/// properties every path must set before `self` is used or the initializer returns, and the members whose use is a
/// use of `self` (swiftc's rules for structs, root classes and subclasses).
struct InitializedSelf {
    /// Which of swiftc's rules apply.
    enum Kind: Equatable {
        /// A struct: each stored property set before `self` is used and on every return.
        case value
        /// A class without a superclass: as a struct, with a class's messages.
        case rootClass
        /// A subclass: its own stored properties set before `super.init`, which is called on every path (or called
        /// implicitly at the end when the superclass's one designated initializer takes no argument), and `self`
        /// used only after it.
        case subclass(implicitSuperInit: Bool)
        /// A type nbrun cannot see whole (an enum, a class whose superclass it does not know): only the constants'
        /// double initialization is checked.
        case unchecked
    }

    /// A stored property as the analysis sees it.
    struct Stored {
        var name: String
        var isLet: Bool
        /// Declared with a value (`var x = 0`, `let k = 1`).
        var hasValue: Bool
        /// Set without being assigned: an optional `var` (it starts nil), a `lazy var`.
        var startsSet: Bool
        /// For a property of a written tuple type: its elements' labels (nil for an unlabelled one), each element set
        /// on its own (`pos.0 = 1`).
        var tupleLabels: [String?]? = nil
    }

    var kind: Kind
    /// The type's own stored properties, in declaration order.
    var stored: [Stored]
    /// The names of the type's instance methods (inherited and extension ones included when known).
    var methods: Set<String>
    /// The names of its `mutating` methods.
    var mutatingMethods: Set<String>
    /// The names of the type's computed properties and inherited stored properties.
    var properties: Set<String>
    /// The initializer's `init` keyword and closing brace.
    var location: SourceLocation
    var closingBrace: SourceLocation

    /// The stored properties each path must set, as `self.x`, in declaration order.
    var required: [String] {
        kind == .unchecked ? [] : stored.filter { !$0.hasValue && !$0.startsSet }.map { "self." + $0.name }
    }

    /// Whether `name` is one of the type's own stored properties.
    func isStored(_ name: String) -> Bool { stored.contains { $0.name == name } }

    /// The position of the element `element` (`0`, or a label) of the stored property `name` when it has a written
    /// tuple type, and the tuple's element count.
    func tupleElement(_ element: String, of name: String) -> (index: Int, count: Int)? {
        guard let labels = stored.first(where: { $0.name == name })?.tupleLabels else { return nil }
        guard let index = Int(element) ?? labels.firstIndex(of: element), index < labels.count else { return nil }
        return (index, labels.count)
    }

    /// The analysis of `initializer`, declared in `decl` (the type or an extension of it); `userType` is the declared
    /// type of a name, when there is one.
    init(_ initializer: FunctionDecl, in decl: TypeDecl, userType: (String) -> UserType?) {
        location = initializer.location
        closingBrace = initializer.closingBrace ?? initializer.location
        let declared = userType(decl.name)
        stored = decl.fields.filter { !$0.isStatic }.map { field in
            var stored = Stored(name: field.name, isLet: field.isLet, hasValue: field.value != nil,
                                startsSet: field.isLazy || (!field.isLet && InitializedSelf.isOptional(field.type)))
            if case .tuple(let labels, _)? = field.type { stored.tupleLabels = labels }
            return stored
        }
        methods = Set(decl.methods.filter { !$0.isStatic && $0.name != "deinit" }.map(\.name))
        mutatingMethods = Set(decl.methods.filter { $0.isMutating && !$0.isStatic }.map(\.name))
        properties = Set(decl.computed.filter { !$0.isStatic }.map(\.name))
        kind = .unchecked
        if let declared {
            methods.formUnion(declared.methods.keys)
            mutatingMethods.formUnion(declared.methods.filter { $0.value.contains(where: \.isMutating) }.map(\.key))
            properties.formUnion(declared.computed.keys)
        }
        switch decl.kind {
        case .structure:
            kind = .value
        case .extensionType where declared?.kind == .structure:
            guard let declared else { return }
            stored = declared.fields.map { field in
                Stored(name: field.name, isLet: field.isLet, hasValue: field.defaultValue != nil,
                       startsSet: !field.isLet && Compiler.isOptional(field.type))
            }
            kind = .value
        case .classType where !initializer.isConvenience:
            guard let declared, declared.kind == .classType else { return }
            // A superclass nbrun did not link is checked as a root class: a subclass's rules are stricter.
            guard let base = declared.superclass else {
                kind = .rootClass
                return
            }
            properties.formUnion(base.fields.map(\.name))
            let designated = base.availableInitializers.filter { !$0.isConvenience }
            let takesNoArgument = designated.isEmpty || (designated.count == 1 && designated[0].parameters.allSatisfy {
                $0.defaultValue != nil || $0.isVariadic
            })
            kind = .subclass(implicitSuperInit: takesNoArgument && !InitializedSelf.calls("super", initializer.body))
        default:
            break
        }
    }

    /// Whether a written type is optional (`T?`, `T!`, `Optional<T>`).
    static func isOptional(_ type: TypeExpr?) -> Bool {
        switch type {
        case .optional?, .implicitlyUnwrapped?: return true
        case .named(let name, _)?: return name.hasPrefix("Optional<")
        default: return false
        }
    }

    /// Whether a body calls `base.init(…)` (`self.init`, `super.init`) anywhere.
    static func calls(_ base: String, _ body: [Stmt]) -> Bool {
        var found = false
        var walk = SyntaxWalk()
        walk.expression = { expr in
            guard case .call(let callee, _) = expr.kind, case .member(let receiver?, "init", _) = callee.kind,
                  case .name(let name) = receiver.kind, name == base else { return }
            found = true
        }
        walk.walk(body)
        return found
    }
}
