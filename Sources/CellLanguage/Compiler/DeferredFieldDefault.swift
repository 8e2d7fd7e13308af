import Diagnostics

/// The default value of an instance stored property that names a member of a type of the cell
/// (`var lr = Config.defaultLR`, `var id = Trainer.nextID()`, `var cells = Array(repeating: 0, count: K.width)`): a
/// type's stored properties are declared before its static methods, before the members of the types declared after it
/// and before the cell's static stored properties (`Compiler.declareStaticStoredProperties`), so such a default
/// compiles once the cell's declarations are made, before its checker (`Compiler.compileDeferredFieldDefaults`);
/// the property has the written type, or the default's once it compiles. Code compiled before then (a construction
/// in another default, `var inner = Inner()`) runs the default through `code`.
final class DeferredFieldDefault {
    let type: UserType
    /// The stored property's name.
    let field: String
    let value: Expr
    /// The written type, nil when the default gives it.
    let declared: CType?
    /// The names of the types enclosing the declaration (`Compiler.typeNamePrefixes`), for nested types' names.
    let typeNamePrefixes: [String]
    /// The default's code, empty until it compiles (nothing runs before).
    var code: (Frame) throws -> Value = { _ in .void }

    init(type: UserType, field: String, value: Expr, declared: CType?, typeNamePrefixes: [String]) {
        self.type = type
        self.field = field
        self.value = value
        self.declared = declared
        self.typeNamePrefixes = typeNamePrefixes
    }

    /// The property's default value until the default compiles: of the written type (an error type if none is),
    /// running `code`.
    var placeholder: Typed {
        Typed(type: declared ?? .error, code: .value { frame in try self.code(frame) })
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

    /// Compiles the defaults deferred while the cell's types were declared (`DeferredFieldDefault`), once every member
    /// of the cell's types is declared: each runs as its property's default, whose type it gives when none is written (in its type
    /// and in the subclasses that copied the property).
    func compileDeferredFieldDefaults() {
        let pending = declarations.deferredFieldDefaults, saved = typeNamePrefixes
        declarations.deferredFieldDefaults = []
        defer { typeNamePrefixes = saved }
        for deferred in pending {
            typeNamePrefixes = deferred.typeNamePrefixes
            let value = deferred.value
            var typed = compileExpr(value, expected: deferred.declared)
            if let declared = deferred.declared {
                typed = converted(typed, to: declared, at: value.conversionLocation)
            }
            deferred.code = typed.value
            guard deferred.declared == nil, let index = deferred.type.fieldIndex(deferred.field) else { continue }
            let placeholder = deferred.type.fields[index].defaultValue?.code
            for type in [deferred.type] + subclasses(of: deferred.type) where index < type.fields.count {
                type.fields[index].type = typed.type
                if let placeholder { type.fields[index].defaultValue = Typed(type: typed.type, code: placeholder) }
            }
        }
    }

    /// The declared classes that inherit from `type`, directly or not.
    private func subclasses(of type: UserType) -> [UserType] {
        guard type.kind == .classType else { return [] }
        return declarations.userTypes.values.filter { other in
            var ancestor = other.superclass
            while let current = ancestor {
                if current === type { return true }
                ancestor = current.superclass
            }
            return false
        }
    }
}
