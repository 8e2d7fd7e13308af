import Diagnostics

/// The compiler's state for protocols and extensions.
final class ProtocolState {
    /// The protocol-extension method being compiled as a copy specialized to a conforming type (see
    /// `Compiler+ProtocolSpecialization`), and the copies made, by method and type (which the entry keeps alive, so
    /// their identities stay unique); nil copies did not compile cleanly.
    var specializedSelf: Compiler.SpecializedSelf?
    var extensionSpecializations:
        [SpecializationKey: (method: FunctionInfo, type: UserType, copy: Compiler.SpecializedCopy?)] = [:]
    /// The members cells added to built-in types (`extension Int`), by the type's name (`Int`, `[Double]`).
    var builtinExtensions: [String: UserType] = [:]
    /// The members extensions of `Sequence` or `Collection` declare (which nbrun gives to arrays only), with the
    /// protocol each extension named: on a string, a set or a range they are refused as not supported.
    var collectionExtensionMembers: [String: String] = [:]
    /// Existential tags of declared types, by type.
    var userTags: IdentityTable<UserType, ExistentialTag> = [:]
    /// Existential tags of built-in types, by name.
    var builtinTags: [String: ExistentialTag] = [:]
    /// Conformances to check once the cell's declarations are known: type, protocol, where it was declared.
    var pendingChecks: [(UserType, UserType, SourceLocation)] = []
    /// Protocol compositions (`P & Q`) met so far, by name.
    var compositions: [String: UserType] = [:]
    var nextRequirementID = 0
    /// Generic functions by name (their overloads), compiled per call.
    var genericFunctions: [String: [FunctionDecl]] = [:]
    /// The cell that declared each generic function (a later cell's declaration replaces it, the same cell's is refused).
    var genericFunctionCells: IdentityTable<FunctionDecl, Int> = [:]
    /// The resolution of the cell that declared each generic function whose result is `some P`: the checker infers
    /// the underlying type of a specialization a later cell makes with it (`Compiler.checkedOpaqueResult`).
    var opaqueGenericResolutions: IdentityTable<FunctionDecl, Resolution> = [:]
    /// Specialized generic functions, by declaration and type arguments.
    var genericInstances: [SpecializationKey: FunctionInfo] = [:]
    var nextInstance = 0
    /// Generic methods, initializers and subscripts by type, then by name (`Compiler.genericMemberKey`), compiled per call.
    var genericMembers: IdentityTable<UserType, [String: [GenericMember]]> = [:]
    /// The generic members whose bodies were checked with placeholders, by position (a generic type's specializations
    /// copy its members: each is checked once).
    var checkedGenericMembers: Set<SourceLocation> = []
    /// Generic types by name, with the cell that declared them.
    var genericTypes: [String: (decl: TypeDecl, cell: Int)] = [:]
    /// The extensions of each generic type, applied to every specialization.
    var genericExtensions: [String: [TypeDecl]] = [:]
    /// Specializations of generic types, by template and type arguments.
    var genericTypeInstances: [SpecializationKey: (template: TypeDecl, bindings: [String: CType], type: UserType)] = [:]
    /// The specializations the cell being compiled made before its type check (`makeNamedSpecializations`).
    var namedSpecializations: Set<SpecializationKey> = []
    /// The type arguments of the generic functions being specialized, innermost last.
    var genericBindings: [[String: CType]] = []
    /// Whether any protocol declared an associated type (else requirements need no substitution).
    var hasAssociatedTypes = false
    /// For a conforming type or a type parameter's placeholder: what each associated type's placeholder stands for.
    var associatedBindings: IdentityTable<UserType, IdentityTable<UserType, CType>> = [:]
    /// Member type aliases (`typealias Item = Int`), by type.
    var memberTypeAliases: IdentityTable<UserType, [String: CType]> = [:]
    /// The placeholders standing for type parameters while a generic body is checked.
    var placeholderTypes: IdentitySet<UserType> = []
    /// The protocols every array conforms to (`extension Array: Container {}`).
    var arrayConformances: [UserType] = []
    /// The `extension Array: P {}` declarations (their requirements are checked in pass 2).
    var arrayConformanceDecls: [TypeDecl] = []
    /// The conditional conformances of arrays (`extension Array: P where Element: Q { … }`), one per protocol listed.
    var conditionalArrayConformances: [(proto: UserType, decl: TypeDecl)] = []
    /// Extensions of protocols with associated types: templates added to each conforming type.
    var protocolExtensions: [(proto: UserType, decl: TypeDecl)] = []
    /// The protocols that declare or inherit associated types, known from pass 1 (before their requirements are).
    var associatedTypeProtocols: IdentitySet<UserType> = []
    /// The built-in protocols used as constraints (`Sequence`, `IteratorProtocol`), by name, once used.
    var builtinProtocols: [String: UserType] = [:]
    /// Opaque types (`some Shape`, one per place it is written) and the underlying type their first `return` gave.
    var opaqueTypes: IdentityTable<UserType, CType?> = [:]
    /// The opaque types written in the signatures of generic functions' specializations, by specialization and
    /// place: one per specialization, shared by the type checker (which types calls before the specialization is
    /// made) and the generator (`Compiler.specializedOpaqueType`).
    var specializedOpaqueTypes: [SpecializedPlace: UserType] = [:]
    /// The opaque types written elsewhere, by cell compilation and place (`Compiler.writtenOpaqueType`).
    var writtenOpaqueTypes: [CellPlace: UserType] = [:]
    /// The specialization whose signature is being declared (`Compiler.specialize`), nil otherwise.
    var declaringSpecialization: SpecializationKey?
    /// Which templates were added to which types.
    var appliedExtensions: [(decl: TypeDecl, owner: UserType)] = []
    /// The `AnyObject` protocol type, once used (see `Compiler+AnyObject`).
    var anyObject: UserType?
    /// The `Any` protocol type, once used (see `Compiler+AnyType`).
    var anyType: UserType?
}
