/// nbrun's refusals of overriding declarations whose types the checker resolves (the syntactic ones are
/// `UnsupportedConstructs`'), reported before generation as the generator used to report them.
extension TypeChecker {
    /// `override var v: Double { didSet … }` observing an inherited stored property, or a settable computed one, of
    /// another type (`Compiler.declareObservedOverrides`, `Compiler.declareObservedComputedOverride`), at the property.
    func observedOverrideTypes(_ decl: TypeDecl, of type: UserType) {
        guard let base = type.superclass else { return }
        for field in decl.observedOverrides {
            guard let written = field.type, let declared = resolve(written), !declared.hasError else { continue }
            let inherited = base.fieldIndex(field.name).map { base.fields[$0].type }
                ?? (base.setters[field.name] != nil ? base.computed[field.name]?.returnType : nil)
            guard let inherited, !inherited.hasError, inherited != declared else { continue }
            reportOnce(.notSupported("an overriding property of another type"), at: field.location)
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
            reportOnce(.notSupported("observing '\(field.name)', which code of an earlier cell assigns through '\(assignedBy.name)'"),
                       at: field.location)
        }
    }
}
