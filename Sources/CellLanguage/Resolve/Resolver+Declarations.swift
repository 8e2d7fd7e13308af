import Diagnostics

extension Resolver {
    /// How `self` is available in a body: an instance method's value, or a static member's type.
    enum SelfKind {
        case instance
        case staticMember
    }

    /// A function or method: default values resolve outside it; generic parameters, parameters, `self` (in a
    /// type) and the body one level deeper. Its name was declared by the enclosing scope.
    mutating func function(_ decl: FunctionDecl, selfKind: SelfKind?) {
        for parameter in decl.parameters {
            if let value = parameter.defaultValue { expr(value) }
        }
        function(decl.name, decl, at: decl.location) { resolver in
            for generic in decl.genericParameters { resolver.declare(generic.name, .genericParameter, at: decl.location) }
            for parameter in decl.parameters { resolver.typeExpr(parameter.type) }
            if let result = decl.returnType { resolver.typeExpr(result) }
            if selfKind != nil { resolver.declare("self", .selfValue, at: decl.location) }
            for parameter in decl.parameters { resolver.declare(parameter.name, .parameter, at: parameter.location) }
            resolver.statements(decl.body)
        }
    }

    /// An accessor body (`set`, `willSet`, `didSet`) with its implicit parameter.
    mutating func accessorBody(_ accessor: TypeDecl.Accessor, selfKind: SelfKind?,
                               parameters: [FunctionDecl.Parameter] = []) {
        // Accessors are structs, with no node identity: their captures are listed, not keyed.
        function(accessor.parameter, nil, at: accessor.location) { resolver in
            if selfKind != nil { resolver.declare("self", .selfValue, at: accessor.location) }
            for parameter in parameters { resolver.declare(parameter.name, .parameter, at: parameter.location) }
            resolver.declare(accessor.parameter, .parameter, at: accessor.location)
            resolver.statements(accessor.body)
        }
    }

    /// A getter body (a computed property's or a subscript's), with `self` and the subscript's parameters.
    private mutating func getter(_ name: String, _ body: [Stmt], parameters: [FunctionDecl.Parameter] = [],
                                 at location: SourceLocation) {
        function(name, nil, at: location) { resolver in
            resolver.declare("self", .selfValue, at: location)
            for parameter in parameters { resolver.declare(parameter.name, .parameter, at: parameter.location) }
            resolver.statements(body)
        }
    }

    /// Remembers a type's member names (and what it inherits) for the bodies of it and of its extensions.
    mutating func rememberMembers(_ decl: TypeDecl) {
        var names = Set(decl.fields.map(\.name))
        names.formUnion(decl.computed.map(\.name))
        names.formUnion(decl.methods.map(\.name))
        names.formUnion(decl.cases.map(\.name))
        names.formUnion(decl.requirements.map(\.name))
        names.formUnion(decl.typeAliases.map(\.name))
        names.formUnion(decl.nested.map { String($0.name.split(separator: ".").last ?? "") })
        // A property wrapper's projection `$x` and storage `_x`; a raw-value enum's `rawValue`.
        for field in decl.fields {
            names.insert("_" + field.name)
            if field.name.hasPrefix("_") { names.insert("$" + field.name.dropFirst()) }
        }
        if decl.kind == .enumeration, !decl.conformances.isEmpty { names.insert("rawValue") }
        context.members[decl.name, default: []].formUnion(names)
        if decl.kind != .extensionType { context.declaredTypes.insert(decl.name) }
        context.inherited[decl.name, default: []] += decl.conformances
        for inner in decl.nested { rememberMembers(inner) }
    }

    /// A type's body: its members are visible in its methods, initializers, accessors and nested types.
    mutating func typeBody(_ decl: TypeDecl) {
        let firstUse = resolution.uses.count, isTopLevelType = typeStack.isEmpty && isTopLevel
        defer { if isTopLevelType { noteLaterGlobals(decl, usesFrom: firstUse) } }
        for type in decl.conformances { use(type, at: decl.location(ofInherited: type)) }
        let extendsBuiltin = decl.kind == .extensionType && !context.declaredTypes.contains(decl.name)
        typeStack.append((decl.name, extendsBuiltin))
        defer { typeStack.removeLast() }
        scoped { resolver in
            // A built-in type's own members too (`count` in `extension Array`), which hide globals of their names.
            let builtinMembers = extendsBuiltin ? StdlibTables.instanceMemberNames(ofTypeNamed: decl.name) : []
            resolver.declareMembers(resolver.context.allMembers(of: decl.name).union(builtinMembers), of: decl.name,
                                    at: decl.location)
            for generic in decl.genericParameters { resolver.declare(generic.name, .genericParameter, at: decl.location) }
            for alias in decl.typeAliases { resolver.typeExpr(alias.type) }
            for inner in decl.nested { resolver.typeBody(inner) }
            for field in decl.fields + decl.observedOverrides { resolver.field(field) }
            for item in decl.cases {
                for element in item.payload ?? [] { resolver.typeExpr(element.type) }
                if let raw = item.rawValue { resolver.expr(raw) }
            }
            for computed in decl.computed {
                resolver.typeExpr(computed.type)
                resolver.getter(computed.name, computed.body, at: computed.location)
                if let setter = computed.setter { resolver.accessorBody(setter, selfKind: .instance) }
            }
            for item in decl.subscripts {
                for parameter in item.parameters { resolver.typeExpr(parameter.type) }
                resolver.typeExpr(item.returnType)
                resolver.getter("subscript", item.getter, parameters: item.parameters, at: item.location)
                if let setter = item.setter {
                    resolver.accessorBody(setter, selfKind: .instance, parameters: item.parameters)
                }
            }
            for method in decl.methods + decl.initializers {
                resolver.function(method, selfKind: method.isStatic ? .staticMember : .instance)
            }
        }
    }

    /// Records `decl` (with its nested types) when a name used in its body is a top-level variable or constant
    /// declared after it.
    private mutating func noteLaterGlobals(_ decl: TypeDecl, usesFrom firstUse: Int) {
        let declarations = resolution.declarations
        let usesLater = resolution.uses[firstUse...].contains { use in
            guard case .global(let index) = use.referent else { return false }
            let declaration = declarations[index]
            return (declaration.kind == .constant || declaration.kind == .variable) && declaration.location > decl.location
        }
        guard usesLater else { return }
        // The nested types' bodies too: the use may be in one of them.
        func insert(_ type: TypeDecl) {
            resolution.typesUsingLaterGlobals.insert(type)
            for inner in type.nested { insert(inner) }
        }
        insert(decl)
    }

    /// A stored property: its type, initial value and observers.
    private mutating func field(_ field: TypeDecl.Field) {
        if let type = field.type { typeExpr(type) }
        if let value = field.value {
            if field.isLazy {
                // A lazy property's value is computed on first use, with `self`.
                function(field.name, nil, at: field.location) { resolver in
                    resolver.declare("self", .selfValue, at: field.location)
                    resolver.expr(value)
                }
            } else {
                expr(value)
            }
        }
        for observer in [field.willSet, field.didSet].compactMap({ $0 }) { accessorBody(observer, selfKind: .instance) }
    }
}
