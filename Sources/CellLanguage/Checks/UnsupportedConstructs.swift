import Diagnostics

/// nbrun's limits that a declaration shows by itself, refused before generation with the messages the generator
/// used to report (`notSupported`, `unknownAttribute`, `notAnAttribute`): the generator then builds nothing for them
/// (`Compiler.cannotGenerate`) or builds the plain body. Each refused construct is one entry of `typeRefusals` (on a
/// type's declaration, in source order) or of the attribute check (on a result-builder attribute).
struct UnsupportedConstructs {
    /// What the compiler declared (types by name).
    let declarations: Declarations

    /// The cell's type declarations around the one being checked: the names of all of them and of those before it.
    struct CellTypes {
        var all = Set<String>()
        var before = Set<String>()
    }

    /// One refusal on a type declaration: the construct (as its message names it) and where a declaration uses it.
    struct TypeRefusal: Sendable {
        let construct: String
        let uses: @Sendable (UnsupportedConstructs, TypeDecl, CellTypes) -> [SourceLocation]
    }

    /// The constructs of type declarations nbrun refuses.
    static let typeRefusals: [TypeRefusal] = [
        // `Compiler.declareSuperclass`: a class inherits its superclass's members when it is declared.
        TypeRefusal(construct: "a subclass declared before its superclass") { checks, decl, cell in
            guard let base = checks.superclass(of: decl), cell.all.contains(base.name), !cell.before.contains(base.name) else {
                return []
            }
            return [decl.location]
        },
        // `Compiler.declareComputedSetter`: a static setter is reached through the type's name only.
        TypeRefusal(construct: "overriding a class property that has a setter") { _, decl, _ in
            decl.computed.filter { $0.isStatic && $0.isOverride && $0.setter != nil }.map(\.location)
        },
        // `Compiler.declareObservedOverrides`: an inherited `let` has no store to observe.
        TypeRefusal(construct: "observing an inherited constant") { checks, decl, _ in
            guard let base = checks.superclass(of: decl) else { return [] }
            return decl.observedOverrides.filter { field in base.fieldIndex(field.name).map { base.fields[$0].isLet } ?? false }
                .map(\.location)
        },
    ]

    /// The refusals of `statements` and of every body and member inside them, in source order.
    func check(_ statements: [Stmt]) -> [Diagnostic] {
        var types: [TypeDecl] = [], attributes: [ResultBuilderAttribute] = []
        var walk = SyntaxWalk()
        walk.statement = { statement in
            switch statement {
            case .typeDeclaration(let decl):
                for type in Self.withNested(decl) {
                    types.append(type)
                    attributes += (type.methods + type.initializers).flatMap(Self.attributes) + type.computed.compactMap(\.resultBuilder)
                }
            case .function(let decl):
                attributes += Self.attributes(of: decl)
            default:
                break
            }
        }
        walk.expression = { expr in
            if case .closure(let literal) = expr.kind, let attribute = literal.accessors?.resultBuilder { attributes.append(attribute) }
        }
        walk.walk(statements)
        var diagnostics: [Diagnostic] = [], cell = CellTypes(all: Set(types.map(\.name)))
        for decl in types {
            for refusal in Self.typeRefusals {
                for location in refusal.uses(self, decl, cell) {
                    diagnostics.append(CompileError.notSupported(refusal.construct).diagnostic(at: location))
                }
            }
            cell.before.insert(decl.name)
        }
        return diagnostics + attributes.compactMap(refusal(of:))
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
                return CompileError.notSupported("attributes").diagnostic(at: attribute.attributeLocation)
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

    /// The class `decl` inherits from (its first inherited name, when that is a declared class other than itself).
    private func superclass(of decl: TypeDecl) -> UserType? {
        guard decl.kind == .classType, let first = decl.conformances.first, first != decl.name,
              let base = declarations.userTypes[first], base.kind == .classType else { return nil }
        return base
    }
}
