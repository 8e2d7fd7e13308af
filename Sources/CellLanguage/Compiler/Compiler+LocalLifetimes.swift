/// Once a class with a `deinit` exists, objects held by a block's locals (a loop's variables, an `if let`'s binding)
/// are released when the statement ends, as Swift ends their lifetime there, so `deinit` runs then; before, a slot
/// kept its last value until reused. The same holds once a class has a `weak` or `unowned` property (it reads nil
/// once its object is freed). Programs without either compile exactly as before.
extension Compiler {
    /// Compiles a loop, `if`, `switch` or `do` statement; when `deinit` or a weak reference can observe it, its value
    /// slots are cleared after it.
    func releasingLocals(of statement: Stmt, _ compile: () -> ((Frame) throws -> Flow)?) -> ((Frame) throws -> Flow)? {
        let context = scope.context
        let before = context.valueCount
        guard let code = compile() else { return nil }
        let after = context.valueCount
        guard after > before,
              declarations.userTypes.values.contains(where: { $0.deinitializer != nil || $0.fields.contains(where: \.holdsWeakly) }),
              !FrameCapture.mayCapture(statement) else { return code }
        let slots = before..<after
        return { frame in
            defer { for slot in slots { frame.values[slot] = .void } }
            return try code(frame)
        }
    }
}
