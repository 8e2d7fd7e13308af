import Diagnostics

/// The declaration checks of a cell, like swiftc's declaration checker: class inheritance (`override`, `final`,
/// `required`, failable and read-only overrides, initializers declared twice), stored properties where a type cannot
/// hold them and enumeration cases (`DeclarationChecks+Members`), types below the top level, signatures naming
/// `private` types, classes without initializers and static properties without a value (`DeclarationChecks+Placement`). They read what the compiler's declare
/// phase recorded (each declaration's `UserType` and signatures, `Declarations`), which the generator no longer
/// re-checks: each mistake is reported once, here.
///
/// A generic type's members are declared on copies of its declaration (one per specialization, sharing the
/// original's nodes): the checks visit the original once, through the copy its placeholder check declared
/// (`Declarations.checkedCopies`), never a specialization.
struct DeclarationChecks {
    /// What the compiler declared for the cell (types by declaration node, member signatures).
    let declarations: Declarations

    /// The declaration errors of the types `statements` declare (at the top level, where cells declare types).
    func check(_ statements: [Stmt]) -> [Diagnostic] {
        var diagnostics = Self.nestedTypeErrors(statements) + signatureAccessErrors(statements)
        for statement in statements {
            guard case .typeDeclaration(let decl) = statement else { continue }
            check(decl, into: &diagnostics)
        }
        return diagnostics
    }

    private func check(_ written: TypeDecl, into diagnostics: inout [Diagnostic]) {
        diagnostics += Self.storedPropertyErrors(written) + Self.storedPropertyDeclarationErrors(written) + Self.caseErrors(written)
            + methodErrors(written)
        let decl = declarations.checkedCopies[written] ?? written
        if decl.kind != .protocolType, let type = declarations.typeInfos[decl] {
            var inheritance = InheritanceCheck(decl: decl, type: type, declarations: declarations)
            inheritance.check()
            diagnostics += inheritance.diagnostics + Self.classInitializerErrors(decl, type, written: written)
            if type.kind != .protocolType, type.extendedBuiltin == nil, declarations.typeInfos[written] != nil || decl !== written {
                diagnostics += Self.staticFieldErrors(written)
            }
        }
        for nested in written.nested { check(nested, into: &diagnostics) }
    }
}

/// The inheritance checks of one type declaration (a class's, or an extension's of a class; of other types, the
/// initializers declared twice), in the order the declare phase meets
/// the members: the superclass, computed properties, their setters and observers, subscripts, methods, initializers,
/// then the superclass's `required` initializers.
private struct InheritanceCheck {
    let decl: TypeDecl
    let type: UserType
    let declarations: Declarations
    private(set) var diagnostics: [Diagnostic] = []

    init(decl: TypeDecl, type: UserType, declarations: Declarations) {
        self.decl = decl
        self.type = type
        self.declarations = declarations
    }

    mutating func check() {
        // An extension names no superclass; its members override the extended class's superclass's.
        if decl.kind == .classType, let base = type.superclass, base.isFinal {
            report(.inheritsFromFinalClass(base.name), at: decl.location)
        }
        for computed in decl.computed where !computed.isStatic { checkComputed(computed) }
        for field in decl.observedOverrides { checkObservedOverride(field) }
        for item in decl.subscripts where !item.isStatic && item.genericParameters.isEmpty { checkSubscript(item) }
        for method in decl.methods where !method.isStatic && method.genericParameters.isEmpty && method.name != "deinit" {
            if let info = declarations.functionInfos[method] { checkMethod(method, info) }
        }
        for initializer in decl.initializers where initializer.genericParameters.isEmpty {
            if let info = declarations.functionInfos[initializer] { checkInitializer(initializer, info) }
        }
        if decl.kind == .classType { checkRequiredInitializers() }  // not again at each extension
    }

    private mutating func report(_ error: CompileError, at location: SourceLocation) {
        diagnostics.append(error.diagnostic(at: location))
    }

    /// A method with an inherited one's parameters overrides it: `override` is needed, and the inherited one must not
    /// be `final`; `override` on a method that overrides nothing is an error.
    private mutating func checkMethod(_ decl: FunctionDecl, _ info: FunctionInfo) {
        let parameters = Array(info.parameters.dropFirst())
        let inherited = type.superclass?.methods[decl.name] ?? []
        guard let overridden = inherited.first(where: { Compiler.sameParameters(Array($0.parameters.dropFirst()), parameters) }) else {
            if decl.isOverride { report(.overridesNothing("method"), at: decl.location) }
            return
        }
        if !decl.isOverride {
            report(.overrideKeywordRequired, at: decl.location)
        } else if type.superclass?.finalMembers.contains(overridden) == true {
            report(.overridesFinal("instance method"), at: decl.location)
        }
    }

    /// A computed property named like an inherited stored one redeclares it (or overrides it, which nbrun refuses);
    /// like an inherited computed one, it overrides it (`override`, not `final`; a setter when the inherited has one).
    private mutating func checkComputed(_ computed: TypeDecl.Computed) {
        guard let base = type.superclass else { return }
        if let index = base.fieldIndex(computed.name) {
            if base.fields[index].isLet || !computed.isOverride {
                report(.invalidRedeclaration(computed.name), at: computed.location)
            } else {
                report(.unsupported(.overridingStoredProperty), at: computed.location)
            }
            return
        }
        guard let overridden = base.computed[computed.name] else {
            if computed.isOverride { report(.overridesNothing("property"), at: computed.location) }
            return
        }
        if !computed.isOverride {
            report(.overrideKeywordRequired, at: computed.location)
        } else if base.finalMembers.contains(overridden) {
            report(.overridesFinal("property"), at: computed.location)
        }
        if computed.isOverride, computed.setter == nil, base.setters[computed.name] != nil {
            report(.readOnlyOverridesMutable(computed.name), at: computed.location)
        }
    }

    /// `override var p: T { willSet … didSet … }`: the inherited property must exist and be settable.
    private mutating func checkObservedOverride(_ field: TypeDecl.Field) {
        let base = type.superclass
        if base?.fieldIndex(field.name) != nil { return }
        if base?.computed[field.name] == nil {
            report(.overridesNothing("property"), at: field.location)
        } else if base?.setters[field.name] == nil {
            report(.observesReadOnly(field.name), at: field.location)
        }
    }

    /// A subscript with an inherited one's parameters overrides it, as a method does, and keeps its setter.
    private mutating func checkSubscript(_ item: TypeDecl.Subscript) {
        guard let own = type.subscripts.first(where: { $0.getter.location == item.location }) else { return }
        let parameters = Array(own.getter.parameters.dropFirst())
        guard let overridden = (type.superclass?.subscripts ?? []).first(where: {
            Compiler.sameParameters(Array($0.getter.parameters.dropFirst()), parameters)
        }) else {
            if item.isOverride { report(.overridesNothing("subscript"), at: item.location) }
            return
        }
        if !item.isOverride {
            report(.overrideKeywordRequired, at: item.location)
        } else if type.superclass?.finalMembers.contains(overridden.getter) == true {
            report(.overridesFinal("subscript"), at: item.location)
        } else if overridden.setter != nil, own.setter == nil {
            report(.readOnlyOverridesMutable("subscript"), at: item.location)
        }
    }

    /// An initializer with an earlier one's parameters redeclares it; in a subclass, one with an inherited designated
    /// initializer's parameters (or the implicit `init()`) overrides it and needs `override` (or `required`), a
    /// convenience one takes none, and a failable one cannot override a non-failable one.
    private mutating func checkInitializer(_ decl: FunctionDecl, _ info: FunctionInfo) {
        if let position = type.initializers.firstIndex(where: { $0 === info }),
           type.initializers[..<position].contains(where: { Compiler.sameParameters($0.parameters, info.parameters) }) {
            report(.invalidRedeclaration(info.signatureName), at: decl.location)
        }
        guard let base = type.superclass else { return }
        let inherited = base.availableInitializers
        if let match = inherited.first(where: { Compiler.sameParameters($0.parameters, info.parameters) }) {
            if match.isConvenience, decl.isOverride {
                report(.overridesNothing("initializer"), at: decl.location)
            } else if !match.isConvenience, !decl.isOverride, !decl.isRequired {
                report(.overrideKeywordRequired, at: decl.location)
            }
            if case .optional = info.returnType, !Compiler.isOptional(match.returnType) {
                report(.failableOverridesNonFailable(info.signatureName), at: decl.location)
            }
        } else if info.parameters.isEmpty, !inherited.contains(where: { !$0.isConvenience }) {
            // The superclass's implicit `init()`.
            if !decl.isOverride { report(.overrideKeywordRequired, at: decl.location) }
        } else if decl.isOverride {
            report(.overridesNothing("initializer"), at: decl.location)
        }
    }

    /// A subclass that declares designated initializers must provide its superclass's `required` ones.
    private mutating func checkRequiredInitializers() {
        guard let base = type.superclass else { return }
        let available = type.availableInitializers
        for required in base.availableInitializers where required.isRequired {
            if type.overrides[required] == nil, !available.contains(where: { $0 === required }) {
                report(.requiredInitializerMissing(required.signatureName, superclass: base.name), at: decl.closingBrace ?? decl.location)
            }
        }
    }
}
