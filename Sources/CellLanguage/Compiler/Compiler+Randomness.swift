import Diagnostics

extension Compiler {
    /// The 64-bit words a random call draws, for a frame: the cell's stream, or `generator.next()` for an argument
    /// `using: &generator` (a value of a type conforming to `RandomNumberGenerator`); nil for a generator it cannot
    /// draw from (no `&`, another type, a `let`: the checker reports them, `TypeChecker.checkRandomGenerator`).
    func randomSource(_ arguments: [Argument], at location: SourceLocation) -> ((Frame) -> SwiftRandom.Next)? {
        guard let using = arguments.first(where: { $0.label == "using" }) else {
            let runtime = self.runtime
            return { _ in { runtime.randomStream.next() } }
        }
        guard case .inoutArgument(let generator) = using.value.kind, let type = knownType(generator),
              Compiler.isRandomNumberGenerator(type) else {
            cannotGenerate(at: location)
            return nil
        }
        if case .name(let name) = generator.kind, case .binding(.variable(let variable)?) = resolvedName(name, node: generator)
            ?? scopeName(name, at: generator.location), variable.isLet {
            cannotGenerate(at: using.value.location)
            return nil
        }
        // `generator.next()`, compiled as the cell would write it: a mutating call on the generator's place. The
        // call and its member are the compiler's nodes (not recorded in the typed AST; the generator is the user's).
        let at = generator.location
        let call = synthesized(Expr(.call(synthesized(Expr(.member(generator, "next", at), at: at)), []), at: at))
        let typed = compileExpr(call, expected: nil)
        guard typed.type == .integer(IntegerKind(bits: 64, signed: false)) else { return nil }
        let next = typed.value
        return { frame in { UInt64(truncatingIfNeeded: try next(frame).intValue) } }
    }

    /// Whether values of `type` are random number generators (a declared type conforming to the protocol).
    static func isRandomNumberGenerator(_ type: CType) -> Bool {
        guard case .user(let userType) = type else { return false }
        return userType.conformances.contains("RandomNumberGenerator")
    }

}
