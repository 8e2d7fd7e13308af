/// `type(of: value)`, typed as the generator compiles it (`Compiler.compileTypeOf`): the value checked without a
/// contextual type, the call a metatype value (`Any.Type`) whatever the value's type.
extension TypeChecker {
    /// `type(of: value)` where `type` is the standard library's function (no declaration of the notebook); nil for
    /// any other call.
    func typeOfCall(_ name: String, _ referent: Referent, _ arguments: [Argument]) -> CType? {
        guard name == "type", arguments.count == 1, arguments[0].label == "of", !arguments[0].isTrailingClosure else { return nil }
        switch referent {
        case .builtin, .unresolved: break
        default: return nil
        }
        check(arguments[0].value, expected: nil)
        return Compiler.metatype
    }
}
