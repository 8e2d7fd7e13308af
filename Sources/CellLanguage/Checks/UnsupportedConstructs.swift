import Diagnostics

/// nbrun's limits that a declaration shows by itself, refused before generation with the messages the generator
/// used to report (`notSupported`, `unknownAttribute`, `notAnAttribute`): the generator then builds nothing for them
/// (`Compiler.cannotGenerate`) or builds the plain body. Each refused construct is one entry of `typeRefusals` (on a
/// type's declaration, in source order) or of the attribute check (on a result-builder attribute).
struct UnsupportedConstructs {
    /// What the compiler declared (types by name).
    let declarations: Declarations
    /// The template of a generic type by name (one an earlier cell declared, too), which `declarations` does not hold.
    var genericTemplate: (String) -> TypeDecl? = { _ in nil }
    /// Whether a declared protocol has associated types (its own or inherited).
    var hasAssociatedTypes: (UserType) -> Bool = { _ in false }
    /// The associated types a declared protocol's requirements may name (its own and its parents').
    var associatedTypeNames: (UserType) -> Set<String> = { _ in [] }
    /// Whether a name is a built-in type that extensions may add members to (`Compiler.extensibleBuiltin`).
    var isExtensibleBuiltin: (String) -> Bool = { _ in false }

    /// The cell's type declarations around the one being checked: the names of all of them and of those before it.
    struct CellTypes {
        var all = Set<String>()
        var before = Set<String>()
    }

    /// One refusal on a type declaration: the construct (its row in `RefusedConstruct`) and where a declaration uses it.
    struct TypeRefusal: Sendable {
        let construct: RefusedConstruct
        let uses: @Sendable (UnsupportedConstructs, TypeDecl, CellTypes) -> [SourceLocation]
    }

    /// The constructs of type declarations nbrun refuses.
    static let typeRefusals: [TypeRefusal] = [
        // `Compiler.declareSuperclass`: a class inherits its superclass's members when it is declared.
        TypeRefusal(construct: .subclassBeforeSuperclass) { checks, decl, cell in
            guard let base = checks.superclass(of: decl), cell.all.contains(base.name), !cell.before.contains(base.name) else {
                return []
            }
            return [decl.location]
        },
        // `Compiler.declareComputedSetter`: a static setter is reached through the type's name only.
        TypeRefusal(construct: .overridingSettableClassProperty) { _, decl, _ in
            decl.computed.filter { $0.isStatic && $0.isOverride && $0.setter != nil }.map(\.location)
        },
        // `Compiler.declareObservedOverrides`: an inherited `let` has no store to observe.
        TypeRefusal(construct: .observingInheritedConstant) { checks, decl, _ in
            guard let base = checks.superclass(of: decl) else { return [] }
            return decl.observedOverrides.filter { field in base.fieldIndex(field.name).map { base.fields[$0].isLet } ?? false }
                .map(\.location)
        },
        // `Compiler.declareAssociatedTypes`: an associated type is a placeholder protocol, not a class or `Double`.
        TypeRefusal(construct: .associatedTypeClassConstraint) { checks, decl, _ in
            decl.requirements.compactMap { requirement in
                guard case .associatedType(let constraints, _) = requirement.kind else { return nil }
                let isClass = constraints.count == 1 && checks.declarations.userTypes[constraints[0]]?.kind == .classType
                return isClass || Compiler.floatingPointPlaceholder(constraints) != nil ? requirement.location : nil
            }
        },
        // `Compiler.declareAssociatedTypes`: a protocol's `where` clause constrains its associated types to protocols.
        TypeRefusal(construct: .genericRequirementForm) { checks, decl, _ in
            guard decl.kind == .protocolType, !decl.whereRequirements.isEmpty, let proto = checks.declarations.typeInfos[decl] else { return [] }
            let visible = checks.associatedTypeNames(proto)
            return decl.whereRequirements.filter { requirement in
                requirement.isSameType || !visible.contains(requirement.left)
                    || !(checks.declarations.userTypes[requirement.right]?.kind == .protocolType || Compiler.supportedConformances.contains(requirement.right))
            }.map(\.location)
        },
        // `Compiler.registerGenericMembers`: a generic method is a template compiled per call, not a member to override.
        TypeRefusal(construct: .overridingGenericMethod) { _, decl, _ in
            decl.methods.filter { !$0.genericParameters.isEmpty && $0.isOverride }.map(\.location)
        },
        // `Compiler.registerGenericMembers`: a class's initializers are inherited and chained, a template is neither.
        TypeRefusal(construct: .genericClassInitializer) { checks, decl, _ in
            guard checks.isClass(decl) else { return [] }
            return decl.initializers.filter { !$0.genericParameters.isEmpty }.map(\.location)
        },
    ]

    /// The refusals of a generic function declared by a statement (`Compiler.declareGenericFunction`): one inside a
    /// body (specialized per call, it would need the enclosing frame), a generic operator (operator expressions find
    /// operator functions by their operands' types).
    static func genericFunctionRefusal(_ decl: FunctionDecl, atTopLevel: Bool) -> Diagnostic? {
        guard !decl.genericParameters.isEmpty else { return nil }
        if !atTopLevel { return CompileError.unsupported(.genericFunctionInFunction).diagnostic(at: decl.location) }
        if Compiler.isOperatorName(decl.name) { return CompileError.unsupported(.genericOperatorFunction).diagnostic(at: decl.location) }
        return nil
    }

    /// The refusals of `statements` and of every body and member inside them, in source order.
    func check(_ statements: [Stmt]) -> [Diagnostic] {
        var types: [TypeDecl] = [], attributes: [ResultBuilderAttribute] = [], statementRefusals: [Diagnostic] = []
        var walk = SyntaxWalk()
        let topLevel = IdentitySet(statements.compactMap { statement -> FunctionDecl? in
            guard case .function(let decl) = statement else { return nil }
            return decl
        })
        walk.function = { decl in
            if let refusal = Self.genericFunctionRefusal(decl, atTopLevel: topLevel.contains(decl)) { statementRefusals.append(refusal) }
        }
        walk.statement = { statement in
            switch statement {
            case .typeDeclaration(let decl):
                for type in Self.withNested(decl) {
                    types.append(type)
                    attributes += (type.methods + type.initializers).flatMap(Self.attributes) + type.computed.compactMap(\.resultBuilder)
                }
            case .function(let decl):
                attributes += Self.attributes(of: decl)
            case .variable(_, .name, _?, let value, let location):
                // An observed variable outside a type needs its initial value (swiftc's mistake, at the name).
                if let (_, accessors) = Compiler.variableAccessors(value), !accessors.isComputed, accessors.initialValue == nil {
                    statementRefusals.append(CompileError.observingVariableWithoutInitializer.diagnostic(at: location))
                }
            default:
                break
            }
        }
        walk.expression = { expr in
            if case .closure(let literal) = expr.kind, let attribute = literal.accessors?.resultBuilder { attributes.append(attribute) }
        }
        walk.walk(statements)
        var diagnostics: [Diagnostic] = [], cell = CellTypes(all: Set(types.map(\.name)))
        let declared = Set(types.filter { $0.kind != .extensionType }.map(\.name))
        var declaredBefore = Set<String>()
        for decl in types {
            let declaredLater = declared.contains(decl.name) && !declaredBefore.contains(decl.name)
            if let refusal = extensionRefusal(decl, declaredLater: declaredLater) { diagnostics.append(refusal) }
            if decl.kind != .extensionType { declaredBefore.insert(decl.name) }
            for refusal in Self.typeRefusals {
                for location in refusal.uses(self, decl, cell) {
                    diagnostics.append(CompileError.unsupported(refusal.construct).diagnostic(at: location))
                }
            }
            cell.before.insert(decl.name)
        }
        return diagnostics + statementRefusals + attributes.compactMap(refusal(of:))
    }

    /// The refusal of an extension (`Compiler.interceptsExtension`): one of a protocol with associated types is a
    /// template of members, which cannot add conformances, initializers or static properties; a `where` clause
    /// constrains the extensions of generic types and of such protocols only (those of `Array` are another check's);
    /// nbrun extends declared types, generic ones, `Array` and the built-in types `Compiler.extensibleBuiltin` names.
    /// An extension of a type the cell declares after it is refused too: the declare phase meets the extension first.
    func extensionRefusal(_ decl: TypeDecl, declaredLater: Bool) -> Diagnostic? {
        guard decl.kind == .extensionType else { return nil }
        if declaredLater { return CompileError.unsupported(.extensionBeforeType, decl.name).diagnostic(at: decl.location) }
        if decl.name == "Array", Compiler.declaresMembers(decl) || !decl.whereRequirements.isEmpty {
            // `Compiler.declareGenericArrayExtension`, `declareConditionalArrayConformance` (with a conformance).
            return nil
        }
        if let proto = declarations.userTypes[decl.name], proto.kind == .protocolType, hasAssociatedTypes(proto) {
            guard !decl.conformances.isEmpty || !decl.initializers.isEmpty || !decl.fields.isEmpty else { return nil }
            return CompileError.unsupported(.builtinExtensionMembers, decl.name)
                .diagnostic(at: decl.location)
        }
        if let first = decl.whereRequirements.first, genericTemplate(decl.name) == nil {
            return CompileError.unsupported(.genericWhereClause).diagnostic(at: first.location)
        }
        guard declarations.userTypes[decl.name] == nil, genericTemplate(decl.name) == nil, decl.name != "Array",
              !isExtensibleBuiltin(decl.name) else { return nil }
        return CompileError.unsupported(.extensionOfLibraryType, decl.name).diagnostic(at: decl.location)
    }

    /// A type declaration followed by the types nested in it, at any depth.
    private static func withNested(_ decl: TypeDecl) -> [TypeDecl] {
        [decl] + decl.nested.flatMap(withNested)
    }

    /// The result-builder attributes of a function and of its parameters.
    private static func attributes(of decl: FunctionDecl) -> [ResultBuilderAttribute] {
        (decl.resultBuilder.map { [$0] } ?? []) + decl.parameters.compactMap(\.resultBuilder)
    }

    /// A result-builder attribute that names no builder (`Compiler.resultBuilderType`): one of Swift's own attributes
    /// (`@MainActor`: attributes are not supported), no declared type (`unknown attribute`), or a type that is not
    /// `@resultBuilder` (`struct 'S' cannot be used as an attribute`, at the `@`).
    private func refusal(of attribute: ResultBuilderAttribute) -> Diagnostic? {
        guard let type = declarations.userTypes[attribute.name], type.kind != .protocolType else {
            if Self.libraryAttributes.contains(attribute.name) {
                return CompileError.unsupported(.attribute).diagnostic(at: attribute.attributeLocation)
            }
            return CompileError.unknownAttribute(attribute.name).diagnostic(at: attribute.location)
        }
        guard type.isResultBuilder else {
            return CompileError.notAnAttribute(attribute.name, kind: type.declarationKeyword).diagnostic(at: attribute.attributeLocation)
        }
        return nil
    }

    /// Swift's own attributes spelt like type names, refused as attributes nbrun does not take (not as unknown).
    static let libraryAttributes: Set<String> = ["MainActor", "Sendable", "TaskLocal", "UnsafeSendable"]

    /// Whether `decl` declares a class or extends one (a generic one too).
    private func isClass(_ decl: TypeDecl) -> Bool {
        guard decl.kind == .extensionType else { return decl.kind == .classType }
        if let type = declarations.userTypes[decl.name] { return type.kind == .classType }
        return genericTemplate(decl.name)?.kind == .classType
    }

    /// The class `decl` inherits from (its first inherited name, when that is a declared class other than itself).
    private func superclass(of decl: TypeDecl) -> UserType? {
        guard decl.kind == .classType, let first = decl.conformances.first, first != decl.name,
              let base = declarations.userTypes[first], base.kind == .classType else { return nil }
        return base
    }
}
