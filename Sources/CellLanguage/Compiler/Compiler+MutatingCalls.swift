import Diagnostics

extension Compiler {
    /// Runs a mutating method on `receiver`, which is moved into the method's `self` for the call and moved back
    /// after it (also when it throws, as Swift writes an `inout` back): the method holds the only reference, so
    /// `items.append(x)` in `mutating func push` changes the array in place instead of copying it on every call.
    static func invokeMutating(_ info: FunctionInfo, parent: Frame, receiver: inout Value, arguments: [Value],
                               runtime: Runtime, location: SourceLocation) throws -> Frame {
        let callee = try calleeFrame(info, parent: parent, arguments: arguments, from: 1, location: location)
        let selfType = info.parameters[0].type, selfSlot = info.parameterSlots[0]
        // `self` of a method in `extension Int` lives in the word bank.
        if selfType.isWord {
            callee.words[selfSlot] = WordCoding.word(receiver)
        } else {
            swap(&callee.values[selfSlot], &receiver)
        }
        defer {
            if selfType.isWord {
                receiver = WordCoding.value(callee.word(selfSlot), selfType)
            } else {
                swap(&callee.values[selfSlot], &receiver)
            }
        }
        try runtime.enterCall(location)
        defer { runtime.exitCall() }
        _ = try FunctionInfo.run(info.runtime, callee)
        return callee
    }
}
