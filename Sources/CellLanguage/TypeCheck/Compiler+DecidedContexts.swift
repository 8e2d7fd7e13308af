import Diagnostics
import Foundation

/// The contextual types the checker decides by a language rule and the generator reads (issue 12: the checker
/// decides, the generator never decides again): a number literal operand beside a number (`x + 1`), an array literal
/// beside an array or joined as an `[Any]` (`[1, 2] + xs`, `xs + ["s", 2]`), a subscripted array literal (`let c:
/// Character = ["a", "b"][i]`), `reduce`'s initial value (`xs.reduce(0, +)` on Doubles). The checker records each
/// (`TypeChecker.recordDecidedContext`, `CheckedTypes.decidedContext`); where it recorded none (a body it did not
/// check, the checker off), the generator applies the rule itself and counts it (`CompileCounts.generatorDecisions`).
extension Compiler {
    /// Whether the generator reads the checker's decisions (`NBRUN_IGNORE_CHECKED_DECISIONS=1` turns it off, to
    /// measure with `nbrun debug counts` the decisions the generator would take itself).
    static let readsCheckedDecisions = readsCheckedTypes && getenv("NBRUN_IGNORE_CHECKED_DECISIONS") == nil

    /// The contextual type the checker decided for `node` in the specialization compiling, if it decided one.
    func checkedDecidedContext(_ node: Expr) -> DecidedContext? {
        guard Compiler.readsCheckedDecisions, let checked = typeTable.checked else { return nil }
        return checked.decidedContext(of: typeTable.sameTypeNode(node), in: recordedSpecialization?.bindings ?? [:])
    }

    /// The contextual type the checker decided for `node` from the types `basis` (those the generator compiles with);
    /// where it decided none from them, `decide`'s (the rule applied again, counted at `file`:`line` as a decision
    /// the generator took).
    func decidedContext(_ node: Expr, basis: [CType?], file: StaticString = #fileID, line: UInt = #line,
                        else decide: () -> CType?) -> CType? {
        if let decided = checkedDecidedContext(node), decided.basis == basis { return decided.type }
        return generatorDecision(file: file, line: line, decide)
    }

    /// The type the checker gave a closure called at once (`TypeChecker.valueClosureContext`: `() -> Double` for
    /// `let d: Double = switch c { … }`); nil for any other callee, without a context, and where the checker recorded
    /// none from `expected` (then the closure compiles without a context, as it did before the rule).
    func valueClosureContext(_ callee: Expr, _ arguments: [Argument], expected: CType?) -> CType? {
        guard case .closure(let literal) = callee.kind, literal.parameters.isEmpty, arguments.isEmpty,
              let decided = checkedDecidedContext(callee), decided.basis == [expected] else { return nil }
        return decided.type
    }

    /// `decide`'s answer, counted at `file`:`line` as a decision the generator took where the checker's record was
    /// missing (`CompileCounts.generatorDecisions`).
    func generatorDecision<T>(file: StaticString = #fileID, line: UInt = #line, _ decide: () -> T) -> T {
        compileCounts.noteGeneratorDecision(file: file, line: line)
        return decide()
    }

    /// The type arguments the checker bound for the call with `arguments` of the generic declaration (a function,
    /// member or initializer, or a generic type constructed) named `name` at `location`, in the specialization
    /// compiling (`CheckedTypes.genericBindings`); nil when it bound none.
    func checkedGenericBindings(_ arguments: [Argument], of name: String, at location: SourceLocation) -> [String: CType]? {
        guard Compiler.readsCheckedDecisions, let checked = typeTable.checked, let first = arguments.first?.value else { return nil }
        let key = GenericBindingsKey(name: name, location: location, specialization: recordedSpecialization?.bindings ?? [:])
        return checked.genericBindings(first: typeTable.sameTypeNode(first), of: key)
    }

    /// Whether a plain member (an extension's subscript of a built-in type) takes `arguments` as they are, as the
    /// checker chose it in the specialization compiling (`CheckedTypes.plainMemberFits`); nil when it chose none.
    func checkedPlainMemberFits(_ arguments: [Argument]) -> Bool? {
        guard Compiler.readsCheckedDecisions, let checked = typeTable.checked, let first = arguments.first?.value else { return nil }
        return checked.plainMemberFits(first: typeTable.sameTypeNode(first), in: recordedSpecialization?.bindings ?? [:])
    }
}
