import Diagnostics

/// The default value of an instance stored property that names a member of a type of the cell
/// (`var lr = Config.defaultLR`, `var id = Trainer.nextID()`, `var cells = Array(repeating: 0, count: K.width)`):
/// static stored properties are declared in pass 2 and static methods after the stored properties, so the value
/// compiles at the end of the cell's top-level statements (`Compiler.compileDeferredFieldDefaults`); its type is
/// the annotation's or the checker's, and its code is empty until then (nothing runs before the cell compiles).
final class DeferredFieldDefault {
    let value: Expr
    let type: CType
    /// The names of the types enclosing the declaration (`Compiler.typeNamePrefixes`), for nested types' names.
    let typeNamePrefixes: [String]
    var code: (Frame) throws -> Value = { _ in .void }

    init(value: Expr, type: CType, typeNamePrefixes: [String]) {
        self.value = value
        self.type = type
        self.typeNamePrefixes = typeNamePrefixes
    }
}

extension Compiler {
    /// Whether `value`, the default of an instance stored property, names a member of a type of this cell through
    /// the type (`Config.defaultLR`, `Self.names` once lowered): such a default compiles late (`DeferredFieldDefault`).
    func namesMemberOfCellType(_ value: Expr) -> Bool {
        var found = false
        func walk(_ expr: Expr) {
            guard !found else { return }
            if case .member(let base?, _, _) = expr.kind, case .name(let name) = base.kind,
               let type = userType(named: name), type.cell == currentCell {
                found = true
                return
            }
            expr.forEachChild(walk)
        }
        walk(value)
        return found
    }

    /// The default value of an instance stored property of `decl` compiled late (see `DeferredFieldDefault`), typed by
    /// its annotation or by the checker; nil when neither gives a type (it then compiles at once).
    func deferredFieldDefault(_ value: Expr, declared: CType?, in decl: TypeDecl) -> Typed? {
        guard let resolved = declared ?? checkedDefaultValueType(value, in: decl) else { return nil }
        let deferred = DeferredFieldDefault(value: value, type: resolved, typeNamePrefixes: typeNamePrefixes)
        declarations.deferredFieldDefaults.append(deferred)
        return Typed(type: resolved, code: .value { frame in try deferred.code(frame) })
    }

    /// Compiles the default values deferred while the cell's types were declared (`deferredFieldDefault`), once every
    /// static member of the cell is.
    func compileDeferredFieldDefaults() {
        let pending = declarations.deferredFieldDefaults, saved = typeNamePrefixes
        declarations.deferredFieldDefaults = []
        defer { typeNamePrefixes = saved }
        for deferred in pending {
            let value = deferred.value
            typeNamePrefixes = deferred.typeNamePrefixes
            let typed = coerce(compileExpr(value, expected: deferred.type), to: deferred.type,
                               at: Compiler.conversionLocation(of: value)) { .specifiedType($0, specified: $1) }
            deferred.code = typed.value
        }
    }

    /// The checker's type for a property's default value, in pass 1 (before the cell is checked), with the static
    /// stored properties of the cell's types typed first, in source order.
    private func checkedDefaultValueType(_ value: Expr, in decl: TypeDecl) -> CType? {
        guard Compiler.readsCheckedTypes, let resolution else { return nil }
        let cellTypes = declarations.typeInfos.keys
            .filter { declarations.typeInfos[$0]?.cell == currentCell }
            .sorted { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) }
        return TypeChecker(compiler: self, resolution: resolution, capacity: 0)
            .defaultValueType(value, in: decl, after: cellTypes)
    }
}
