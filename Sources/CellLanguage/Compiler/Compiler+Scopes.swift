extension Compiler {
    // `withScope` for the closure types the compiler produces. A closure that passes through the generic
    // `withScope<T>` as `T` is stored maximally abstracted and then called through a reabstraction thunk on every
    // run; these non-generic forms (preferred by overload resolution) keep compiled code free of such thunks.

    /// Compiles `body` in a new scope (a statement).
    func withScope(_ context: FunctionContext? = nil, _ body: () -> (Frame) throws -> Flow) -> (Frame) throws -> Flow {
        let saved = enterScope(context)
        defer { leaveScope(to: saved) }
        return body()
    }

    /// Compiles `body` in a new scope (a statement that may fail to compile).
    func withScope(_ context: FunctionContext? = nil, _ body: () -> ((Frame) throws -> Flow)?) -> ((Frame) throws -> Flow)? {
        let saved = enterScope(context)
        defer { leaveScope(to: saved) }
        return body()
    }

    /// Compiles `body` in a new scope (a condition and the block it guards).
    func withScope(_ context: FunctionContext? = nil, _ body: () -> ((Frame) throws -> Bool, (Frame) throws -> Flow))
        -> ((Frame) throws -> Bool, (Frame) throws -> Flow) {
        let saved = enterScope(context)
        defer { leaveScope(to: saved) }
        return body()
    }

    /// Compiles `body` in a new scope (a function body returning its result word).
    func withScope(_ context: FunctionContext? = nil, _ body: () -> ((Frame) throws -> Int)?) -> ((Frame) throws -> Int)? {
        let saved = enterScope(context)
        defer { leaveScope(to: saved) }
        return body()
    }

    private func enterScope(_ context: FunctionContext?) -> Scope {
        let saved = scope
        scope = Scope(parent: saved, context: context ?? saved.context)
        return saved
    }
}
