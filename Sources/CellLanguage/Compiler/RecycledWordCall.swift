import Diagnostics

/// A call of a function with one Int, Double or Bool parameter and such a result whose frames are recycled
/// (`fib(n - 1)`): the argument, read by an `IntSource`, goes straight into the callee's parameter slot.
struct RecycledWordCall {
    let data: UnsafeMutablePointer<FunctionInfo.Runtime>
    let runtime: Runtime
    let globals: Frame
    let parameterSlot: Int
    let resultSlot: Int
    let failure: () -> RuntimeError
    let location: SourceLocation

    /// The call's code, specialised for how its argument is read.
    func code<A: IntSource>(_ argument: A) -> (Frame) throws -> Int {
        let data = data, runtime = runtime, globals = globals, parameterSlot = parameterSlot, slot = resultSlot
        let failure = failure, location = location
        return { frame in
            guard data.pointee.hasBody, !data.pointee.hasErrors else { throw failure() }
            let word = try argument.get(frame)
            return try FunctionInfo.withRecycledFrame(data, globals: globals) { callee in
                callee.words[parameterSlot] = word
                try runtime.enterCall(location)
                defer { runtime.exitCall() }
                return try FunctionInfo.runForWord(data, callee, resultSlot: slot)
            }
        }
    }
}
