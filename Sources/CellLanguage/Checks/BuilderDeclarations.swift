import Diagnostics

/// swiftc's check of a `@resultBuilder` type's declaration: it must declare a static `buildBlock` method, or both
/// `buildPartialBlock(first:)` and `buildPartialBlock(accumulated:next:)` (`result builder must provide at least one
/// static 'buildBlock' method, …`, at the type's name).
enum BuilderDeclarations {
    /// The errors of the result builder types `statements` declare (nested ones too).
    static func check(_ statements: [Stmt]) -> [Diagnostic] {
        let extensions = statements.compactMap { statement -> TypeDecl? in
            guard case .typeDeclaration(let decl) = statement, decl.kind == .extensionType else { return nil }
            return decl
        }
        return statements.flatMap { statement -> [Diagnostic] in
            guard case .typeDeclaration(let decl) = statement else { return [] }
            return check(decl, extensions)
        }
    }

    /// The error of `decl` (and of the types nested in it), its static methods its own and those of the cell's
    /// `extensions` of it; none for a type that inherits or conforms to anything (which may supply the methods).
    private static func check(_ decl: TypeDecl, _ extensions: [TypeDecl]) -> [Diagnostic] {
        let nested = decl.nested.flatMap { check($0, extensions) }
        guard decl.isResultBuilder, decl.kind != .extensionType, decl.conformances.isEmpty else { return nested }
        let statics = (decl.methods + extensions.filter { $0.name == decl.name }.flatMap(\.methods)).filter(\.isStatic)
        let hasPartial: ([String?]) -> Bool = { labels in
            statics.contains { $0.name == "buildPartialBlock" && $0.parameters.map(\.label) == labels }
        }
        if statics.contains(where: { $0.name == "buildBlock" }) || hasPartial(["first"]) && hasPartial(["accumulated", "next"]) {
            return nested
        }
        return [CompileError.resultBuilderWithoutBlock.diagnostic(at: decl.location)] + nested
    }
}
