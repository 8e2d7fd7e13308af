import Diagnostics

/// How the calls of one compiled closure literal run (`Compiler.compileClosure` makes one per literal): the size of
/// its frame, the slots its arguments go to, where its result is, and whether its frames may be reused.
struct ClosureLayout {
    let runtime: Runtime
    let location: SourceLocation
    /// The parameters' types, and whether each is held in a word slot.
    let types: [CType]
    let isWord: [Bool]
    /// The parameters' slots in the closure's frame.
    let slots: [Int]
    let wordCount: Int
    let valueCount: Int
    let returnSlot: Int
    let resultType: CType
    /// A closure over one tuple whose elements are its parameters (`zip(a, b).map { $0 * $1 }`).
    let splatsTuple: Bool
    /// The first parameter is a `var` whose final value the closure returns (`reduce(into:_:)`'s accumulator), after
    /// its result when that is not Void (`sequence(state:next:)`'s state: `.tuple([result, final])`).
    let firstParameterInout: Bool
    /// Whether a call's frame may be reused by the next (the body creates no closure that could keep it).
    let recyclable: Bool

    /// The closure's result once its body ran in `callee`.
    private func finish(_ callee: Frame) -> Value {
        let result: Value
        if resultType == .void {
            result = .void
        } else {
            result = resultType.isWord ? WordCoding.value(callee.word(returnSlot), resultType) : callee.value(returnSlot)
        }
        if firstParameterInout, let first = slots.first {
            let final = isWord[0] ? WordCoding.value(callee.word(first), types[0]) : callee.value(first)
            return resultType == .void ? final : .tuple([result, final])
        }
        return result
    }

    /// Stores the argument at `index` in its slot of `callee`.
    private func store(_ argument: Value, _ index: Int, in callee: Frame) {
        if isWord[index] { callee.words[slots[index]] = WordCoding.word(argument) } else { callee.values[slots[index]] = argument }
    }

    /// The function value of the closure created in `frame` with `body` (fast entries for one or two arguments when
    /// its frames may be reused).
    func makeFunction(_ frame: Frame, _ body: @escaping (Frame) throws -> Flow) -> Value {
        let layout = self
        let general: ([Value]) throws -> Value = { passed in
            let arguments = layout.splatsTuple ? (passed.first?.tupleValue ?? []) : passed
            let callee = Frame(words: layout.wordCount, values: layout.valueCount, parent: frame)
            for (index, argument) in arguments.enumerated() where index < layout.isWord.count { layout.store(argument, index, in: callee) }
            try layout.runtime.enterCall(layout.location)
            defer { layout.runtime.exitCall() }
            _ = try body(callee)
            return layout.finish(callee)
        }
        guard recyclable, types.count == 1 || types.count == 2 else {
            return .function(FunctionValue(arity: splatsTuple ? 1 : types.count, body: general))
        }
        // Fast entries: no argument array, frames reused (the body creates no closures that could keep them).
        let pool = FramePool(words: wordCount, values: valueCount, parent: frame)
        if types.count == 1 {
            return .function(FunctionValue(arity: 1, body: general, body1: { argument in
                try pool.withFrame { callee in
                    layout.store(argument, 0, in: callee)
                    try layout.runtime.enterCall(layout.location)
                    defer { layout.runtime.exitCall() }
                    _ = try body(callee)
                    return layout.finish(callee)
                }
            }))
        }
        return .function(FunctionValue(arity: 2, body: general, body2: { first, second in
            try pool.withFrame { callee in
                layout.store(first, 0, in: callee)
                layout.store(second, 1, in: callee)
                try layout.runtime.enterCall(layout.location)
                defer { layout.runtime.exitCall() }
                _ = try body(callee)
                return layout.finish(callee)
            }
        }))
    }
}
