import Diagnostics

/// Closures that escape a function while capturing one of its `inout` parameters: swiftc's "escaping closure captures
/// 'inout' parameter 'x'", at the closure (swiftc finds it after type checking, as `EscapingSelfCaptures`'s mistake).
/// A closure literal escapes when it is returned (a single-expression body's value too), assigned (`stored = { x }`),
/// passed to an `@escaping` parameter of a declared function the checker resolved the call to, or given to a
/// constant or variable (`let g = { x += 1 }; g()` too, as swiftc decides). It captures the parameter when the
/// resolver found a use of it inside (`Resolution.captures(of:)`).
struct EscapingInoutCaptures {
    /// The cell's names.
    let resolution: Resolution
    /// The declared function the type checker resolved a call to (nil when it did not).
    let callee: (Expr) -> FunctionInfo?

    /// The escaping closures capturing an `inout` parameter of the functions `statements` declare (members and
    /// nested functions included).
    func check(_ statements: [Stmt]) -> [Diagnostic] {
        var functions: [FunctionDecl] = []
        SyntaxWalk(enter: { scope in if case .function(let decl) = scope { functions.append(decl) } }).walk(statements)
        var diagnostics: [Diagnostic] = []
        var reported = Set<SourceLocation>()
        for decl in functions where decl.parameters.contains(where: \.isInout) {
            let parameters = decl.parameters.filter(\.isInout).compactMap { parameter -> (Int, String)? in
                resolution.declarations.indices.first {
                    resolution.declarations[$0].kind == .parameter && resolution.declarations[$0].location == parameter.location
                }.map { ($0, parameter.name) }
            }
            for (closure, name) in escapingCaptures(in: decl, of: parameters) where reported.insert(closure).inserted {
                diagnostics.append(CompileError.escapingClosureCapturesInout(name).diagnostic(at: closure))
            }
        }
        return diagnostics.sorted { ($0.location?.line ?? 0, $0.location?.column ?? 0) < ($1.location?.line ?? 0, $1.location?.column ?? 0) }
    }

    /// The escaping closure literals of `decl`'s body that capture one of `parameters` (declaration index, name), with
    /// the name of the first they capture.
    private func escapingCaptures(in decl: FunctionDecl, of parameters: [(Int, String)]) -> [(SourceLocation, String)] {
        guard !parameters.isEmpty else { return [] }
        var found: [(SourceLocation, String)] = []
        func escapes(_ value: Expr) {
            guard case .closure(let literal) = value.kind, let captures = resolution.captures(of: literal),
                  let (_, name) = parameters.first(where: { captures.contains($0.0) }) else { return }
            found.append((value.location, name))
        }
        EscapingClosurePositions(callee: callee).walk(decl.body, escapes)
        if decl.returnType != nil, decl.body.count == 1, case .expression(let value) = decl.body[0] { escapes(value) }
        return found
    }
}
