extension Compiler {
    /// Runs `body`, a compilation made only to learn something of an expression (whether a closure throws, whether
    /// an argument adapts to a parameter, a closure's type for inferring type arguments, an opaque result's
    /// underlying type), with the diagnostics and error-handling state put back afterwards: its code is thrown away.
    /// Counted as a throw-away compilation from the caller's `file`:`line` (`CompileCounts.throwAwayCompilations`,
    /// `nbrun debug counts`), the measure of what the typed AST does not answer yet; `typeOnly`: it records nothing
    /// in the typed AST either (as `compileExprTypeOnly`).
    func throwAwayCompilation<T>(file: StaticString = #fileID, line: UInt = #line, typeOnly: Bool = false,
                                 _ body: () -> T) -> T {
        compileCounts.noteThrowAwayCompilation(file: file, line: line)
        let saved = diagnostics, savedErrorHandling = errorHandling
        if typeOnly { typeOnlyDepth += 1 }
        defer {
            if typeOnly { typeOnlyDepth -= 1 }
            diagnostics = saved
            errorHandling = savedErrorHandling
        }
        return body()
    }
}
