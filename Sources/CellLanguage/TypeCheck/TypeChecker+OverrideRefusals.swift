/// nbrun's refusals of overriding declarations whose types the checker resolves (the syntactic ones are
/// `UnsupportedConstructs`'), reported before generation as the generator used to report them.
extension TypeChecker {
    /// An overriding property of another type than the inherited one, in swiftc's words (`property 'v' with type
    /// 'Double' cannot override a property with type 'Int'`), at the property: observers on an inherited stored or
    /// settable computed property (`override var v: Double { didSet … }`) and computed overrides.
    func observedOverrideTypes(_ decl: TypeDecl, of type: UserType) {
        guard let base = type.superclass else { return }
        for field in decl.observedOverrides {
            guard let written = field.type, let declared = resolve(written), !declared.hasError else { continue }
            let inherited = base.fieldIndex(field.name).map { base.fields[$0].type }
                ?? (base.setters[field.name] != nil ? base.computed[field.name]?.returnType : nil)
            guard let inherited, !inherited.hasError, inherited != declared else { continue }
            reportOnce(.overrideTypeMismatch(field.name, declared, inherited: inherited), at: field.location)
        }
        for computed in decl.computed where computed.isOverride && !computed.isStatic {
            guard let declared = resolve(computed.type), !declared.hasError,
                  let inherited = base.computed[computed.name]?.returnType, !inherited.hasError, inherited != declared else { continue }
            reportOnce(.overrideTypeMismatch(computed.name, declared, inherited: inherited), at: computed.location)
        }
    }

    /// `override var v { didSet … }` observing an inherited stored property that code of an earlier cell assigns
    /// through the class that declares it or another ancestor (that code, compiled already, stores without the new
    /// observers: `Compiler.declareObservedOverrides`), at the property.
    func observedOverridesAssignedEarlier(_ decl: TypeDecl, of type: UserType) {
        guard let base = type.superclass else { return }
        for field in decl.observedOverrides {
            guard let index = base.fieldIndex(field.name), !base.fields[index].isLet else { continue }
            var ancestor: UserType? = base
            while let current = ancestor, !current.assignedFields.contains(index) { ancestor = current.superclass }
            guard let assignedBy = ancestor else { continue }
            reportOnce(.unsupported(.observingPropertyAssignedEarlier, field.name, assignedBy.name),
                       at: field.location)
        }
    }
}
