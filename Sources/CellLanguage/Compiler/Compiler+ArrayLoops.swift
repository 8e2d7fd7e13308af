import Diagnostics

extension Compiler {
    /// Marks the variable of a loop over an array that `fastArrayLoop` runs (`plain`: no closure in the body, no case
    /// or tuple pattern) in a function's frame as a loop element, before the body compiles: calls in the body may
    /// lend it (see `VariableInfo.isLoopElement`).
    func markLoopElement(_ variable: VariableInfo?, plain: Bool, _ sequenceType: CType) {
        guard let variable, plain, variable.level != 0, case .array(let element) = sequenceType, !element.isWord else { return }
        variable.isLoopElement = true
    }

    /// The fast path of `for name in array` (or `for _ in array`, with or without `where`) when the body runs in the
    /// enclosing frame and no case or tuple pattern applies: each element goes straight from the array into the loop
    /// variable's slot (a word copied, any other value lent without reference counting), whose bank is found once
    /// per loop (the general loop copies every element twice and retains the frame per iteration). `step` runs the
    /// body once and returns the flow to leave with.
    func fastArrayLoop(_ elements: @escaping (Frame) throws -> Value, variable: VariableInfo?, isWord: Bool,
                       step: @escaping (Frame) throws -> Flow?, at location: SourceLocation) -> (Frame) throws -> Flow {
        let runtime = self.runtime
        guard let variable else {
            return { frame in
                let array = try elements(frame).arrayValue
                for _ in array.indices {
                    try runtime.tick(location)
                    if let flow = try step(frame) { return flow }
                }
                return .normal
            }
        }
        let slot = variable.slot
        if isWord {
            let words = wordsAccessor(level: variable.level)
            return { frame in
                let array = try elements(frame).arrayValue
                let bank = words(frame)
                for index in array.indices {
                    bank[slot] = WordCoding.word(array[index])
                    try runtime.tick(location)
                    if let flow = try step(frame) { return flow }
                }
                return .normal
            }
        }
        let values = valuesAccessor(level: variable.level)
        if variable.level == 0 {
            // A global slot keeps its last element after the loop, as before.
            return { frame in
                let array = try elements(frame).arrayValue
                let bank = values(frame)
                for index in array.indices {
                    bank[slot] = array[index]
                    try runtime.tick(location)
                    if let flow = try step(frame) { return flow }
                }
                return .normal
            }
        }
        return { frame in
            let array = try elements(frame).arrayValue
            let target = values(frame) + slot
            target.pointee = .void  // releases what the slot held
            // Each element is lent to the slot, bit for bit (no retain): `array` keeps it alive, and nothing writes
            // a loop's constant. The slot forgets the last one when the loop ends, without releasing it.
            defer { target.initialize(to: .void) }
            return try array.withUnsafeBufferPointer { buffer in
                for index in buffer.indices {
                    UnsafeMutableRawPointer(target).copyMemory(from: buffer.baseAddress.unsafelyUnwrapped + index,
                                                               byteCount: MemoryLayout<Value>.size)
                    try runtime.tick(location)
                    if let flow = try step(frame) { return flow }
                }
                return .normal
            }
        }
    }
}
