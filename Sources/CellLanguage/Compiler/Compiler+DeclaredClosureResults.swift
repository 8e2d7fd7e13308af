import Diagnostics

/// A closure literal declared with a result (`{ (acc: inout Int, x: Int) -> Int in … }`) where its context fixes
/// another one (`reduce(into:_:)` takes a closure returning `()`): swiftc reports the declared result at its type.
extension Compiler {
    /// Reports the written result type of `literal` (compiled to `type`) when it is not `contextual`; true when reported.
    func reportDeclaredClosureResult(_ literal: ClosureLiteral, _ type: CType, contextual: CType) -> Bool {
        guard let written = literal.returnType, case .function(_, let declared) = type, declared != contextual,
              !declared.hasError else { return false }
        guard case .named(_, let location) = written else { return false }
        error(.declaredClosureResult(declared, contextual: contextual), at: location)
        return true
    }
}
