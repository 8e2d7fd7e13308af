/// A trailing closure passed as a value to a standard-library method that takes no closure (`handlers.append { … }`
/// on a `[() -> Void]`): the generator takes the first member whose labels fit with the closure as the value
/// (`Compiler.compileStdlibMethodCall`), and so does the checker.
extension TypeChecker {
    /// The members of `table` named `name` a call with `arguments` may resolve to: those that accept the arguments,
    /// else the first that accepts a trailing closure as a value.
    func stdlibCandidates(_ table: StdlibTable, _ name: String, _ arguments: [Argument]) -> [StdlibMember] {
        let members = table.methods(named: name)
        let accepting = members.filter { $0.accepts(arguments) }
        guard accepting.isEmpty, let value = members.first(where: { $0.accepts(arguments, closureAsValue: true) }) else {
            return accepting
        }
        return [value]
    }
}
