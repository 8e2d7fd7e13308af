extension Compiler {
    /// The word holding a Double (its bit pattern).
    static func bits(_ value: Double) -> Int { Int(bitPattern: UInt(value.bitPattern)) }

    /// Code reading the Int, Double or Bool word at `slot` of the frame at `level`, as one closure per read
    /// (the common case, a local of the current frame, does not go through a frame accessor).
    func wordRead(_ type: CType, level: Int, slot: Int) -> Typed {
        guard level == scope.context.level else {
            let words = wordsAccessor(level: level)
            switch type {
            case .double: return Typed(type: type, code: .double { Double(bitPattern: UInt64(UInt(bitPattern: words($0)[slot]))) })
            case .bool: return Typed(type: type, code: .bool { words($0)[slot] != 0 })
            default: return Typed(type: type, code: .int { words($0)[slot] })
            }
        }
        switch type {
        case .double:
            return Typed(type: type, code: .double { Double(bitPattern: UInt64(UInt(bitPattern: $0.words[slot]))) },
                         operand: .local(slot))
        case .bool: return Typed(type: type, code: .bool { $0.words[slot] != 0 }, operand: .local(slot))
        default: return Typed(type: type, code: .int { $0.words[slot] }, operand: .local(slot))
        }
    }

    /// Code storing a word-typed value into `slot` of the frame at `level`: the value's own closure is called
    /// directly, without a conversion closure in between.
    func wordStore(_ value: Typed, level: Int, slot: Int) -> (Frame) throws -> Void {
        guard level == scope.context.level else {
            let words = wordsAccessor(level: level)
            let word = value.word
            return { frame in
                let stored = try word(frame)
                words(frame)[slot] = stored
            }
        }
        switch (value.operand, value.code) {
        case (.local(let source)?, _): return { $0.words[slot] = $0.words[source] }
        case (.constant(let word)?, _): return { $0.words[slot] = word }
        case (nil, .int(let f)): return { $0.words[slot] = try f($0) }
        case (nil, .double(let f)): return { $0.words[slot] = Compiler.bits(try f($0)) }
        case (nil, .bool(let f)): return { $0.words[slot] = try f($0) ? 1 : 0 }
        default:
            let word = value.word
            return { $0.words[slot] = try word($0) }
        }
    }

    /// `wordStore` as a statement ending with `flow` (`.normal`, or `.returned` for `return`): the store's own
    /// closure returns it, saving a call per statement. (Written out rather than generic over the result: a
    /// closure built in a generic function is called through a reabstraction thunk.)
    func wordStore(_ value: Typed, level: Int, slot: Int, then flow: Flow) -> (Frame) throws -> Flow {
        guard level == scope.context.level else {
            let store = wordStore(value, level: level, slot: slot)
            return { try store($0); return flow }
        }
        switch (value.operand, value.code) {
        case (.local(let source)?, _): return { $0.words[slot] = $0.words[source]; return flow }
        case (.constant(let word)?, _): return { $0.words[slot] = word; return flow }
        case (nil, .int(let f)): return { $0.words[slot] = try f($0); return flow }
        case (nil, .double(let f)): return { $0.words[slot] = Compiler.bits(try f($0)); return flow }
        case (nil, .bool(let f)): return { $0.words[slot] = try f($0) ? 1 : 0; return flow }
        default:
            let word = value.word
            return { $0.words[slot] = try word($0); return flow }
        }
    }
}
