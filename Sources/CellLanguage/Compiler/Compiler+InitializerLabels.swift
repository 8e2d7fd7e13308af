import Diagnostics

/// `Int(x: 2)`: swiftc matches the call to the one-argument unlabelled initializer of the argument's own type and
/// reports the label as extraneous at the `(`; for other types and arguments it finds no exact match.
extension Compiler {
    /// Reports a labelled single argument of the initializer's own type (`Int(x: 2)`, `Bool(v: true)`); true when
    /// reported.
    func reportExtraneousInitializerLabel(_ type: CType, _ arguments: [Argument]) -> Bool {
        guard arguments.count == 1, let label = arguments[0].label, !arguments[0].isTrailingClosure,
              type == .int || type == .bool else { return false }
        let argument = arguments[0].value
        guard checkerType(argument) == type else { return false }
        error(.extraneousArgumentLabel(label), at: wrongLabelLocation ?? arguments[0].location)
        return true
    }
}
