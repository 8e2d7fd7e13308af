/// The standard library's functions nbrun does not provide (`Compiler.unprovidedLibraryFunctions`: `sequence`,
/// `repeatElement`, `dump`, `readLine`), refused by the checker (the generator cannot build them: `Compiler.cannotGenerate`):
/// at the name, where nothing the notebook declares has that name.
extension TypeChecker {
    /// `sequence(first: 1, next: f)`, `dump(x)`: reports the refusal at the name and returns true; false for any other
    /// name or one the notebook declares.
    func reportsUnprovidedFunction(_ expr: Expr, _ name: String) -> Bool {
        guard Compiler.unprovidedLibraryFunctions.contains(name), resolution.referent(of: expr) == .builtin else { return false }
        reportOnce(Compiler.unprovidedFunction(name), at: expr.location)
        return true
    }
}
