import Diagnostics

/// nbrun's limits on the constraints of type parameters and on `where` requirements, refused before generation with
/// the messages and at the positions the generator used to report them. A generic body is checked with a placeholder
/// for each type parameter, an unknown type with only its constraints (`Compiler.placeholders`): declared protocols,
/// the library protocols nbrun models (`Equatable`, the arithmetic ones, `Sequence` …), one class alone, or
/// `BinaryFloatingPoint` (checked as `Double`). A `where` requirement constrains such a placeholder or one of its
/// associated types (`Compiler.applyAssociatedRequirements`). The generator builds nothing for a declaration refused
/// here (`Compiler.cannotGenerate`).
struct GenericConstraintRefusals {
    /// What the compiler declared (types by name).
    let declarations: Declarations
    /// The template of a generic type by name (one an earlier cell declared, too).
    var genericTemplate: (String) -> TypeDecl? = { _ in nil }
    /// The associated types a constraint gives a type parameter (`Element` for `Sequence`; a declared protocol's
    /// family's).
    var associatedTypeNames: (String) -> Set<String> = { _ in [] }
    /// Whether a declared protocol has associated types (its extensions' `where` clauses constrain them).
    var hasAssociatedTypes: (UserType) -> Bool = { _ in false }

    /// The library protocols a type parameter may be constrained to besides declared protocols
    /// (`Compiler.addLibraryConstraint` and the sequences).
    private static let libraryConstraints: Set<String> = ["Sequence", "Collection", "IteratorProtocol"]

    /// The refusals of the generic declarations among `statements` (top-level functions, types, their generic members,
    /// protocols' associated types and extensions' `where` clauses), in source order.
    func check(_ statements: [Stmt]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for statement in statements {
            switch statement {
            case .function(let decl) where !decl.genericParameters.isEmpty && !Compiler.isOperatorName(decl.name):
                diagnostics += refusal(Compiler.withImpliedHashable(decl), decl.genericRequirements, at: decl.location)
            case .typeDeclaration(let decl):
                diagnostics += typeRefusals(decl)
            default:
                break
            }
        }
        return diagnostics
    }

    /// The refusal of one type parameter list and its requirements: the first constraint nbrun does not support (at
    /// `location`, the declaration's), else the first requirement it does not support (at the requirement).
    /// `outer` names the bindings in force where the declaration is (a generic type's parameters for its members).
    private func refusal(_ parameters: [(name: String, constraints: [String])], _ requirements: [FunctionDecl.GenericRequirement],
                         outer: Set<String> = [], at location: SourceLocation) -> [Diagnostic] {
        for parameter in parameters {
            if let construct = constraintRefusal(parameter.constraints) {
                return [construct.diagnostic(at: location)]
            }
        }
        return requirementRefusal(requirements, parameters, outer: outer).map { [$0] } ?? []
    }

    /// The construct among one type parameter's constraints that `Compiler.placeholders` cannot make a placeholder of.
    func constraintRefusal(_ constraints: [String]) -> CompileError? {
        if Compiler.floatingPointPlaceholder(constraints) != nil { return nil }
        if constraints.contains(where: { declarations.userTypes[$0]?.kind == .classType }) {
            return constraints.count == 1 ? nil : .unsupported(.classConstraintWithOthers)
        }
        return constraints.first { !isSupportedProtocol($0) }.map { .unsupported(.genericConstraint, $0) }
    }

    /// Whether a placeholder may be constrained to `name`: a declared protocol or a library protocol nbrun models.
    private func isSupportedProtocol(_ name: String) -> Bool {
        declarations.userTypes[name]?.kind == .protocolType || Compiler.arithmeticProtocols[name] != nil
            || Compiler.supportedConformances.contains(name) || Self.libraryConstraints.contains(name)
    }

    /// The first requirement `Compiler.applyAssociatedRequirements` refuses: one whose left side is no placeholder (a
    /// type parameter, or an associated type its constraints give it), or a conformance to an unsupported protocol.
    private func requirementRefusal(_ requirements: [FunctionDecl.GenericRequirement],
                                    _ parameters: [(name: String, constraints: [String])], outer: Set<String>) -> Diagnostic? {
        var placeholders = outer
        for parameter in parameters where Compiler.floatingPointPlaceholder(parameter.constraints) == nil
            && !parameter.constraints.contains(where: { declarations.userTypes[$0]?.kind == .classType }) {
            placeholders.insert(parameter.name)
            for constraint in parameter.constraints {
                for name in associatedTypeNames(constraint) { placeholders.insert("\(parameter.name).\(name)") }
            }
        }
        for requirement in requirements {
            guard placeholders.contains(requirement.left) else {
                // `C.Thing` where `C`'s constraints give it no `Thing`: swiftc's mistake, at `Thing`.
                let parts = requirement.left.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
                if parts.count == 2, parts[0] != "Self", placeholders.contains(parts[0]) {
                    var member = requirement.location
                    member.column += parts[0].count + 1
                    return CompileError.notMemberType(parts[1], of: parts[0]).diagnostic(at: member)
                }
                return CompileError.unsupported(.requirementOnType, requirement.left).diagnostic(at: requirement.location)
            }
            if !requirement.isSameType, !isSupportedProtocol(requirement.right) {
                return CompileError.unsupported(.genericConstraint, requirement.right).diagnostic(at: requirement.location)
            }
        }
        return nil
    }

    /// The refusals of a type declaration: its type parameters, its protocol's associated types, its extension's
    /// `where` clause, and its generic members (those of the types nested in it too).
    private func typeRefusals(_ decl: TypeDecl) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var outer = Set(decl.genericParameters.map(\.name))
        switch decl.kind {
        case .protocolType:
            for requirement in decl.requirements {
                guard case .associatedType(let constraints, _) = requirement.kind, let construct = constraintRefusal(constraints) else { continue }
                diagnostics.append(construct.diagnostic(at: requirement.location))
            }
        case .extensionType:
            if let template = genericTemplate(decl.name) {
                outer = Set(template.genericParameters.map(\.name))
                if !decl.whereRequirements.isEmpty { diagnostics += constrainedExtensionRefusal(decl, of: template) }
            } else if decl.name == "Array", !decl.whereRequirements.isEmpty {
                // `Compiler.checkGenericArrayExtension`: `Element` constrained to the clause's right sides.
                if let construct = constraintRefusal(decl.whereRequirements.map(\.right)) {
                    diagnostics.append(construct.diagnostic(at: decl.location))
                }
            } else if let proto = declarations.userTypes[decl.name], proto.kind == .protocolType, hasAssociatedTypes(proto) {
                // `Compiler.checkProtocolExtension`: the clause constrains `Self`'s associated types.
                let requirements = decl.whereRequirements.map { requirement -> FunctionDecl.GenericRequirement in
                    var qualified = requirement
                    qualified.left = "Self." + requirement.left
                    return qualified
                }
                if let refused = requirementRefusal(requirements, [("Self", [proto.name])], outer: []) { diagnostics.append(refused) }
            }
        default:
            if !decl.genericParameters.isEmpty {
                diagnostics += refusal(decl.genericParameters, decl.genericRequirements, at: decl.location)
            }
        }
        return diagnostics + memberRefusals(decl, outer: outer) + decl.nested.flatMap { memberRefusals($0, outer: []) }
    }

    /// `extension Stack where …` (`Compiler.checkConstrainedExtension`): a requirement on a name that is no type
    /// parameter, then the parameters with the clause's constraints added, then the requirements on associated types.
    private func constrainedExtensionRefusal(_ decl: TypeDecl, of template: TypeDecl) -> [Diagnostic] {
        var parameters = template.genericParameters
        for requirement in decl.whereRequirements where !requirement.left.contains(".") {
            guard let index = parameters.firstIndex(where: { $0.name == requirement.left }) else {
                // A name that is no type at all (`where Other: Equatable`): swiftc's mistake.
                let unknown = declarations.userTypes[requirement.left] == nil && CType.plainBuiltin(named: requirement.left) == nil
                let error: CompileError = unknown ? .cannotFindTypeInScope(requirement.left, suggestion: nil)
                    : .unsupported(.requirementOnType, requirement.left)
                return [error.diagnostic(at: requirement.location)]
            }
            if !requirement.isSameType { parameters[index].constraints.append(requirement.right) }
        }
        let associated = decl.whereRequirements.filter { $0.left.contains(".") }
        return refusal(parameters, template.genericRequirements + associated, at: decl.location)
    }

    /// The refusals of a type's generic methods, initializers and subscripts (`Compiler.checkGenericMembers`), each at
    /// the member.
    private func memberRefusals(_ decl: TypeDecl, outer: Set<String>) -> [Diagnostic] {
        // An overriding generic method and a class's generic initializer are refused by `UnsupportedConstructs`.
        let isClass = decl.kind == .classType || (decl.kind == .extensionType
            && (declarations.userTypes[decl.name]?.kind == .classType || genericTemplate(decl.name)?.kind == .classType))
        let members = (decl.methods.filter { !$0.isOverride } + (isClass ? [] : decl.initializers)).filter { !$0.genericParameters.isEmpty }
            .map { ($0.genericParameters, $0.genericRequirements, $0.location) }
            + decl.subscripts.filter { !$0.genericParameters.isEmpty }.map { ($0.genericParameters, $0.genericRequirements, $0.location) }
        return members.sorted { ($0.2.line, $0.2.column) < ($1.2.line, $1.2.column) }.flatMap { parameters, requirements, location in
            refusal(parameters, requirements, outer: outer, at: location)
        }
    }
}
