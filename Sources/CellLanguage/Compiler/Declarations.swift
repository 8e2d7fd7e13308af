import Diagnostics

/// What the cells declared, as the compiler's declare phase records it: types by name and by declaration node,
/// functions by declaration node, type aliases, and the static stored properties and defaults waiting for the cell's
/// declarations.
///
/// The compiler owns one for the whole notebook (`Compiler.declarations`); the declare phase (pass 1) fills it and
/// the bodies (pass 2) read it. It is a class so that reading one table while another is being modified is never an
/// overlapping access. Protocols, extensions, conformances and generic specializations are in `ProtocolState`.
final class Declarations {
    /// Types declared by cells, by name.
    var userTypes: [String: UserType] = [:]
    /// The modules the cells imported so far (`import Foundation`): the checker's lookup of the C library's math
    /// functions as swiftc's (`TypeChecker+MathFunctionValues`).
    var importedModules: Set<String> = []
    /// Declared types, by declaration node, between pass 1 and pass 2.
    var typeInfos = IdentityTable<TypeDecl, UserType>()
    /// The copy of a generic type's declaration (or of an extension of it) that its placeholder check declared, by the
    /// written declaration: what the declaration checks read for it (`DeclarationChecks`), once.
    var checkedCopies = IdentityTable<TypeDecl, TypeDecl>()
    /// The copy of a generic member (a method or subscript with type parameters) that its placeholder check declared,
    /// by the member's position: what the missing-return checks read for it (`MemberReturns`), once.
    var checkedGenericMembers: [SourceLocation: FunctionDecl] = [:]
    /// Declared functions, by declaration node, between signature (pass 1) and body (pass 2).
    var functionInfos = IdentityTable<FunctionDecl, FunctionInfo>()
    /// The signatures of generic functions with their type parameters as placeholders (their bodies' check), by the
    /// generic declaration: the result a missing return names (`FlowChecks`).
    var placeholderSignatures = IdentityTable<FunctionDecl, FunctionInfo>()
    /// The members an extension's method or computed property replaced as it was declared (the type's members of the
    /// same name, and for a method the same labels and written parameter types), by the new member's position: the
    /// redeclaration checks decide which of them it may not replace (`FunctionRedeclarations`).
    var replacedByExtensions: [SourceLocation: [FunctionInfo]] = [:]
    /// Static stored properties waiting to be declared once the cell's other declarations are made
    /// (`Compiler.declareStaticStoredProperties`), or, when their type is not known then, in their type's pass 2.
    var staticFieldDeclarations: [PendingStaticProperty] = []
    /// Static stored properties declared with the cell's declarations, whose initial values compile in their type's
    /// pass 2 (`Compiler.compileStaticInitialValues`).
    var staticInitialValues: [StaticInitialValue] = []
    /// Default values of instance stored properties that name members of the cell's types, waiting for the cell's
    /// declarations to be made (`DeferredFieldDefault`).
    var deferredFieldDefaults: [DeferredFieldDefault] = []
    /// Whether the top-level types of a cell are being declared, so defaults may wait (`DeferredFieldDefault`).
    var defersFieldDefaults = false
    /// Member bodies of top-level types that use globals declared after them, compiled at the end of the cell
    /// (see `Resolution.typesUsingLaterGlobals`); nil outside a cell's top-level statements.
    var deferredMemberBodies: [() -> Void]?
    /// `typealias` names and the types they stand for.
    var typeAliases: [String: CType] = [:]
    /// The bodies result builders transformed, shared by the type checker and the generator.
    var resultBuilderBodies = ResultBuilderBodies()
    /// The closures wrapping arguments given to `@autoclosure` parameters, by argument node (made once, so the type
    /// checker and the generator see the same nodes; `Compiler+Autoclosures`).
    var autoclosures = IdentityTable<Expr, Expr>()
    /// The arrays variadic parameters receive, by call (made once; `VariadicGroups`).
    var variadicGroups = VariadicGroups()
}
