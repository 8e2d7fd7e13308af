/// `type(of: value)`, typed as the generator compiles it (`Compiler.compileTypeOf`): the value checked without a
/// contextual type, the call a metatype value (`Any.Type`) whatever the value's type.
extension TypeChecker {
    /// `type(of: value)` where `type` is the standard library's function (no declaration of the notebook); with another
    /// label (`type(ofx: v)`), swiftc's `incorrect argument label in call (have 'ofx:', expected 'of:')` at the `(`
    /// (`opening`); nil for any other call.
    func typeOfCall(_ name: String, _ referent: Referent, _ arguments: [Argument], opening: SourceLocation?) -> CType? {
        guard name == "type", arguments.count == 1, !arguments[0].isTrailingClosure else { return nil }
        switch referent {
        case .builtin, .unresolved: break
        default: return nil
        }
        if let label = arguments[0].label, label != "of" {
            check(arguments[0].value, expected: nil)
            report(.incorrectArgumentLabels(have: [label], expected: ["of"]), at: opening ?? arguments[0].location)
            return .error
        }
        guard arguments[0].label == "of" else { return nil }
        check(arguments[0].value, expected: nil)
        return Compiler.metatype
    }
}
