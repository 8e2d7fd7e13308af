import Diagnostics

/// Static stored properties of a generic type, or of an extension of one (`struct Cache<T> { static var hits = 0 }`):
/// swiftc refuses them (one storage for every specialization is not what the declaration says), at the property's
/// name; computed static properties stay allowed.
enum GenericStaticStorage {
    /// The errors of the types `statements` declare; `isGenericType` tells whether an extended type is generic (one
    /// an earlier cell declared, too).
    static func check(_ statements: [Stmt], isGenericType: (String) -> Bool) -> [Diagnostic] {
        statements.flatMap { statement -> [Diagnostic] in
            guard case .typeDeclaration(let decl) = statement else { return [] }
            let generic = decl.kind == .extensionType ? isGenericType(decl.name) : !decl.genericParameters.isEmpty
            guard generic else { return [] }
            return decl.fields.filter(\.isStatic).map { CompileError.staticStoredInGenericType.diagnostic(at: $0.location) }
        }
    }
}
