import Diagnostics

/// A closure literal declared with a result (`{ (acc: inout Int, x: Int) -> Int in … }`) where its context fixes
/// another one (`reduce(into:_:)` takes a closure returning `()`): the checker reports the declared result at its type
/// (`TypeChecker.reduceIntoMistake`); the generator builds no code for it.
extension Compiler {
    /// Whether the written result type of `literal` (compiled to `type`) is not `contextual` (no code is built then).
    func reportDeclaredClosureResult(_ literal: ClosureLiteral, _ type: CType, contextual: CType) -> Bool {
        guard let written = literal.returnType, case .function(_, let declared) = type, declared != contextual,
              !declared.hasError else { return false }
        guard case .named(_, let location) = written else { return false }
        cannotGenerate(at: location)
        return true
    }
}
