/// `type(of: value)`, typed as the generator compiles it (`Compiler.compileTypeOf`): the value checked without a
/// contextual type, the call a metatype value (`Any.Type`) whatever the value's type.
extension TypeChecker {
    /// `type(of: value)` where `type` is the standard library's function (no declaration of the notebook), its label
    /// checked (`call` is the call); nil for any other call.
    func typeOfCall(_ name: String, _ referent: Referent, _ arguments: [Argument], call: Expr) -> CType? {
        guard name == "type", arguments.count == 1, !arguments[0].isTrailingClosure else { return nil }
        switch referent {
        case .builtin, .unresolved: break
        default: return nil
        }
        if let label = arguments[0].label, label != "of" {
            // `type(ofx: v)`: swiftc's `incorrect argument label in call (have 'ofx:', expected 'of:')`, at the `(`.
            reportOnce(.incorrectArgumentLabels(have: [label], expected: ["of"]), at: call.openingLocation ?? call.location)
        } else if arguments[0].label == nil {
            // `type(v)`: swiftc's `missing argument label 'of:' in call`, at the value.
            reportOnce(.missingArgumentLabel("of"), at: arguments[0].value.location)
        }
        check(arguments[0].value, expected: nil)
        return Compiler.metatype
    }
}
