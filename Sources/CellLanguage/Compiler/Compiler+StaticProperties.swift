import Diagnostics

/// Static stored properties are declared with the cell's other declarations and initialized lazily, as in Swift.
///
/// Once a cell's types have declared their members and its functions their signatures, each static stored property
/// (`static let name = "relu"`, `static var count = 0`) becomes a hidden global of its written type, or of the type the
/// checker infers from its initial value without running it (`declareStaticStoredProperties`): the checker, the
/// specializations made before it and every body compiled later see it from the start. Its initial value compiles in
/// its type's pass 2 (`compileStaticInitialValues`) and runs the first time the property is read or written, not
/// where the type is declared — so the side effects of initial values happen in Swift's order, and an initial value
/// may use static properties declared after it. A property whose type neither is written nor can be inferred then
/// (its value names a global of the cell) is declared in its type's pass 2, when its value compiles.
///
/// The hidden global has a hidden flag (a word of the globals frame, so checkpoints keep it); every read, write and
/// in-place change of the property goes through `load`, `store` or `variablePlace`, which run the initial value first
/// when the flag is still clear (their `…Storage` forms reach the hidden global itself).
extension Compiler {
    /// Declares the static stored properties met since `start` in `declarations.staticFieldDeclarations` (this cell's
    /// declarations), those a property's value names first; the ones without a known type wait for pass 2.
    func declareStaticStoredProperties(from start: Int) {
        guard start < declarations.staticFieldDeclarations.count else { return }
        let met = Array(declarations.staticFieldDeclarations[start...])
        declarations.staticFieldDeclarations.removeSubrange(start...)
        let saved = typeNamePrefixes
        defer { typeNamePrefixes = saved }
        for property in Compiler.inDependencyOrder(met) {
            typeNamePrefixes = property.typeNamePrefixes
            // A static stored property without a value is the declaration checks' mistake (`DeclarationChecks`).
            guard property.field.value != nil, let type = declaredType(of: property) else {
                declarations.staticFieldDeclarations.append(property)
                continue
            }
            let variable = staticVariable(property.field, of: property.type, type: type)
            declarations.staticInitialValues.append(initializedOnFirstAccess(variable, property.field, of: property.type))
            if property.field.willSet != nil || property.field.didSet != nil {
                // Its observers' signatures too (their bodies compile in pass 2), so the checker checks the bodies.
                property.type.staticObservers[property.field.name] = observerInfos(property.field, type, receiver: nil)
            }
        }
    }

    /// The type of a static stored property: written, or the checker's type of its initial value (nil when unknown).
    private func declaredType(of property: PendingStaticProperty) -> CType? {
        if let written = property.field.type { return resolveType(written) }
        guard Compiler.readsCheckedTypes, let resolution, let value = property.field.value else { return nil }
        let inferred = TypeChecker(compiler: self, resolution: resolution, capacity: 0).staticValueType(value, in: property.decl)
        return inferred?.hasError == false ? inferred : nil
    }

    /// Compiles the initial values of `type`'s static stored properties (pass 2): first those whose type was not known
    /// with the cell's declarations, which are declared now (so the others' values may name them), then those
    /// declared with the cell's declarations, against their declared types.
    func compileStaticInitialValues(of type: UserType) {
        let waiting = declarations.staticFieldDeclarations.filter { $0.type === type }
        declarations.staticFieldDeclarations.removeAll { $0.type === type }
        for property in Compiler.inDependencyOrder(waiting) {
            guard let value = property.field.value else { continue }
            let typed = staticValue(value, of: type, declared: property.field.type.map(resolveType))
            let variable = staticVariable(property.field, of: type, type: typed.type)
            initializedOnFirstAccess(variable, property.field, of: type).store = storeStorage(variable, typed)
        }
        let declared = declarations.staticInitialValues.filter { $0.type === type }
        declarations.staticInitialValues.removeAll { $0.type === type }
        for initial in declared {
            guard let value = initial.field.value else { continue }
            initial.store = storeStorage(initial.variable, staticValue(value, of: type, declared: initial.variable.type))
        }
    }

    /// A static stored property's initial value, compiled in the type's static context (it may name static methods
    /// and static properties unqualified), converted to the declared type.
    private func staticValue(_ value: Expr, of type: UserType, declared: CType?) -> Typed {
        selfContexts.append(SelfContext(type: type, level: 0))
        var typed = compileExpr(value, expected: declared)
        selfContexts.removeLast()
        if let declared {
            typed = converted(typed, to: declared, at: value.conversionLocation)
        }
        return typed
    }

    /// The hidden global of the static stored property `field` of `type`.
    private func staticVariable(_ field: TypeDecl.Field, of type: UserType, type valueType: CType) -> VariableInfo {
        let variable = VariableInfo(name: "\(type.name).\(field.name)", type: valueType, isLet: field.isLet, level: 0,
                                    slot: globalScopeContext.allocate(valueType), location: field.location)
        variable.cell = currentCell
        type.staticFields[field.name] = variable
        return variable
    }

    /// Makes `variable` (a static property's hidden global) run its initial value, the returned record's `store`,
    /// into itself on first access.
    private func initializedOnFirstAccess(_ variable: VariableInfo, _ field: TypeDecl.Field, of type: UserType) -> StaticInitialValue {
        let initial = StaticInitialValue(type: type, field: field, variable: variable)
        let flag = globalScopeContext.allocate(.bool)
        let globals = self.globals
        variable.initializeOnFirstAccess = { _ in
            guard globals.words[flag] == 0 else { return }
            globals.words[flag] = 1  // set first: an initial value reading its own property sees the default
            try initial.store(globals)
        }
        return initial
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

    /// Static stored properties ordered so that each comes after the ones its initial value names (`static let limit
    /// = base * 2` before `static let base = 21`, `static let rate = Tuning.base * 2` after `Tuning`'s `base`, declared
    /// later in the cell): their types are known when it is typed. The values still run on first access; a cycle keeps
    /// the declaration order.
    static func inDependencyOrder(_ properties: [PendingStaticProperty]) -> [PendingStaticProperty] {
        func named(_ name: String, of type: UserType) -> [Int] {
            properties.indices.filter { properties[$0].type === type && properties[$0].field.name == name }
        }
        func uses(_ expr: Expr, of type: UserType, into found: inout [Int]) {
            if case .name(let name) = expr.kind { found += named(name, of: type) }
            if case .member(let base?, let name, _) = expr.kind, case .name(let typeName) = base.kind {
                found += properties.indices.filter { index in
                    let owner = properties[index].type
                    return properties[index].field.name == name && (owner.name == typeName || (typeName == "Self" && owner === type))
                }
            }
            expr.forEachChild { uses($0, of: type, into: &found) }
        }
        var ordered: [PendingStaticProperty] = [], placed = Set<Int>(), visiting = Set<Int>()
        func place(_ index: Int) {
            guard !placed.contains(index), visiting.insert(index).inserted else { return }
            var found: [Int] = []
            if let value = properties[index].field.value { uses(value, of: properties[index].type, into: &found) }
            for other in found where other != index { place(other) }
            placed.insert(index)
            ordered.append(properties[index])
        }
        properties.indices.forEach(place)
        return ordered
    }
}
