import Diagnostics

/// Functions declared twice in one scope (`func f(_ x: Int) {}` and again `func f(_ x: Int) throws {}`), at the second
/// one's name: a function of a statement list with the parameters (labels and types, as declared) of an earlier
/// function of the same name in that list; nbrun refuses a second one that differs by its result type only. A
/// statement list is a scope (the cell's top level within one cell: a later cell may declare a function again and
/// replaces it). Generic functions are the generator's (`declareGenericFunction`), but for a top-level one with the
/// argument labels of an earlier one of the cell, which nbrun refuses (`genericOverloads`).
///
/// An extension's method or computed property redeclares a member of the type's own declaration, or of this cell,
/// that it replaced (same name, and for a method the same labels and written parameter types; an earlier cell's
/// extension's is replaced when that cell runs again), or a stored property of the same name.
struct FunctionRedeclarations {
    /// What the compiler declared for the cell (the functions' signatures by declaration node, the members
    /// extensions replaced).
    let declarations: Declarations
    /// The number of the cell being checked (`Compiler.currentCell`), which its functions carry.
    let cell: Int

    /// The redeclarations in `statements` and in every body inside them.
    func check(_ statements: [Stmt]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var walk = SyntaxWalk()
        walk.statements = { list in diagnostics += redeclarations(in: list) }
        walk.walk(statements)
        diagnostics += genericOverloads(in: statements)
        for statement in statements {
            guard case .typeDeclaration(let decl) = statement, decl.kind == .extensionType,
                  let type = declarations.typeInfos[decl] else { continue }
            diagnostics += extensionRedeclarations(decl, of: type)
        }
        return diagnostics
    }

    /// The members of the extension `decl` of `type` that redeclare one of the type's.
    private func extensionRedeclarations(_ decl: TypeDecl, of type: UserType) -> [Diagnostic] {
        let isOriginal: (FunctionInfo) -> Bool = { info in
            info.cell == cell || (type.extendedBuiltin == nil && info.cell == type.cell)
        }
        let members = decl.methods.map { ($0.name, Self.declaredName($0), $0.location, $0.isStatic) }
            + decl.computed.map { ($0.name, $0.name, $0.location, $0.isStatic) }
        return members.compactMap { name, spelled, location, isStatic in
            let replaced = declarations.replacedByExtensions[location] ?? []
            guard replaced.contains(where: isOriginal) || (!isStatic && type.fieldIndex(name) != nil) else { return nil }
            return CompileError.invalidRedeclaration(spelled).diagnostic(at: location)
        }
    }

    /// The cell's top-level generic functions with the name and argument labels of an earlier one of the cell: nbrun
    /// does not tell generic overloads apart by their constraints (`Compiler.declareGenericFunction`), at the name. An
    /// operator function is refused for being generic first.
    private func genericOverloads(in statements: [Stmt]) -> [Diagnostic] {
        var earlier: [FunctionDecl] = [], diagnostics: [Diagnostic] = []
        for case .function(let decl) in statements where !decl.genericParameters.isEmpty && !Compiler.isOperatorName(decl.name) {
            let labels = decl.parameters.map(\.label)
            if earlier.contains(where: { $0.name == decl.name && $0.parameters.map(\.label) == labels }) {
                diagnostics.append(CompileError.unsupported(.genericOverloadsWithSameLabels).diagnostic(at: decl.location))
            } else {
                earlier.append(decl)
            }
        }
        return diagnostics
    }

    /// The redeclarations among one list's own functions, each against the latest earlier one it repeats.
    private func redeclarations(in list: [Stmt]) -> [Diagnostic] {
        var earlier: [FunctionInfo] = [], diagnostics: [Diagnostic] = []
        for statement in list {
            guard case .function(let decl) = statement, decl.genericParameters.isEmpty,
                  let info = declarations.functionInfos[decl] else { continue }
            if let repeated = earlier.last(where: { $0.name == info.name && Compiler.sameParameters($0.parameters, info.parameters) }) {
                let error: CompileError = repeated.returnType == info.returnType
                    ? .invalidRedeclaration(Self.declaredName(decl))
                    : .unsupported(.overloadsByReturnTypeOnly)
                diagnostics.append(error.diagnostic(at: decl.location))
            }
            earlier.append(info)
        }
        return diagnostics
    }

    /// A function's name as swiftc's redeclaration error spells it: with its argument labels (`f()`, `h(a:)`,
    /// `k(_:b:)`), or alone when it has parameters and none has a label (`g` for `g(_:)`, operators).
    static func declaredName(_ decl: FunctionDecl) -> String {
        let labels = Compiler.isOperatorName(decl.name) ? decl.parameters.map { _ in nil } : decl.parameters.map(\.label)
        if !labels.isEmpty, labels.allSatisfy({ $0 == nil || $0 == "_" }) { return decl.name }
        return decl.name + "(" + labels.map { ($0 ?? "_") + ":" }.joined() + ")"
    }
}
