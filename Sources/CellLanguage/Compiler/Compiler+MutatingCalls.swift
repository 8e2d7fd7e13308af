import Diagnostics

extension Compiler {
    /// Runs a mutating method on `receiver`, which is moved into the method's `self` for the call and moved back
    /// after it (also when it throws, as Swift writes an `inout` back): the method holds the only reference, so
    /// `items.append(x)` in `mutating func push` changes the array in place instead of copying it on every call.
    /// `storeArguments` stores the other arguments in the method's frame. Returns the method's boxed result.
    static func invokeMutating(_ info: FunctionInfo, parent: Frame, receiver: inout Value, runtime: Runtime,
                               location: SourceLocation, storeArguments: (Frame) -> Void) throws -> Value {
        let data = info.runtime
        guard data.pointee.hasBody, !data.pointee.hasErrors else { throw declarationErrors(info, at: location) }
        let selfType = info.parameters[0].type, selfSlot = info.parameterSlots[0]
        func run(_ callee: Frame, _ receiver: inout Value) throws -> Value {
            storeArguments(callee)
            // `self` of a method in `extension Int` lives in the word bank.
            if selfType.isWord { callee.words[selfSlot] = WordCoding.word(receiver) } else { swap(&callee.values[selfSlot], &receiver) }
            defer {
                if selfType.isWord {
                    receiver = WordCoding.value(callee.word(selfSlot), selfType)
                } else {
                    swap(&callee.values[selfSlot], &receiver)
                }
            }
            try runtime.enterCall(location)
            defer { runtime.exitCall() }
            _ = try FunctionInfo.run(data, callee)
            return result(of: info, in: callee)
        }
        if data.pointee.recyclesFrames {
            return try FunctionInfo.withRecycledFrame(data, globals: parent) { try run($0, &receiver) }
        }
        return try run(Frame(words: data.pointee.wordCount, values: data.pointee.valueCount, parent: parent), &receiver)
    }
}
