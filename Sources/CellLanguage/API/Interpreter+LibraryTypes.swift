import CellSyntax
import SwiftSyntax

/// The library types nbrun declares in Swift (`LibraryTypes`: `Result`), declared in a notebook the first time one
/// of its cells names one.
extension Interpreter {
    /// Declares each library type `cell` names (as an identifier) that neither the notebook nor the cell declares:
    /// its declaration compiled once, as a cell of its own before `cell`, its types of the module `Swift`.
    func loadLibraryTypes(namedIn cell: CellSource, timeoutSeconds: Double) {
        // A cell whose text does not contain the name is not walked (nearly every cell).
        let wanted = LibraryTypes.entries.filter { !loadedLibraryTypes.contains($0.name) && cell.code.contains($0.name) }
        guard !wanted.isEmpty else { return }
        let tree = SyntaxTrees.tree(for: cell.code)
        let identifiers = Set(tree.tokens(viewMode: .sourceAccurate).compactMap { token -> String? in
            if case .identifier(let name) = token.tokenKind { return name }
            return nil
        })
        let declared = Set(tree.statements.compactMap { Interpreter.declaredTypeName($0.item) })
        for entry in wanted where identifiers.contains(entry.name) && !declared.contains(entry.name)
            && compiler.declarations.userTypes[entry.name] == nil && compiler.protocolState.genericTypes[entry.name] == nil {
            loadedLibraryTypes.insert(entry.name)
            compiler.libraryTypeNames.insert(entry.name)
            _ = compileOnCurrentThread(CellSource(code: entry.source, firstLine: LibraryTypes.firstLine), timeoutSeconds: timeoutSeconds)
        }
    }

    /// The name of the type a top-level item declares (a struct, enum, class, protocol, actor or type alias).
    private static func declaredTypeName(_ item: CodeBlockItemSyntax.Item) -> String? {
        guard case .decl(let decl) = item else { return nil }
        if let node = decl.as(StructDeclSyntax.self) { return node.name.text }
        if let node = decl.as(EnumDeclSyntax.self) { return node.name.text }
        if let node = decl.as(ClassDeclSyntax.self) { return node.name.text }
        if let node = decl.as(ProtocolDeclSyntax.self) { return node.name.text }
        if let node = decl.as(ActorDeclSyntax.self) { return node.name.text }
        if let node = decl.as(TypeAliasDeclSyntax.self) { return node.name.text }
        return nil
    }
}
