import Diagnostics

/// A static stored property as its type's declaration met it (`static let name = "relu"`), before it is declared:
/// with the cell's other declarations (`Compiler.declareStaticStoredProperties`) when its type is written or the
/// checker infers it from the initial value, else in its type's pass 2.
struct PendingStaticProperty {
    let type: UserType
    let field: TypeDecl.Field
    /// The declaration holding the property (the type's or an extension's): the checker types the value in it.
    let decl: TypeDecl
    /// The names of the types enclosing the declaration (`Compiler.typeNamePrefixes`), for nested types' names.
    let typeNamePrefixes: [String]
}
