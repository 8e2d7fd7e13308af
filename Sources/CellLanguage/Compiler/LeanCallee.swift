import Diagnostics

/// What a call of a compiled member needs at run time, copied out of its `FunctionInfo`, so that the call retains and
/// releases nothing (a `FunctionInfo` that another function calls is weakly referenced, and reference counting such
/// an object takes the runtime's slow path). The `FunctionInfo` is kept alive by the compiler's `compiledFunctions`.
struct LeanCallee {
    let data: UnsafeMutablePointer<FunctionInfo.Runtime>
    let selfSlot: Int
    let selfKind: WordKind?
    /// The slot of the parameter after `self`, and whether it is a word (calls with one argument).
    let argumentSlot: Int
    let argumentIsWord: Bool
    let returnSlot: Int
    let returnKind: WordKind?
    let returnsVoid: Bool
    /// The function, unretained (for its name in the error of a declaration that did not compile): the struct holds
    /// no reference, so copying it costs nothing.
    let function: Unmanaged<FunctionInfo>

    init(_ info: FunctionInfo) {
        data = info.runtime
        selfSlot = info.parameterSlots.first ?? 0
        selfKind = info.parameters.first.flatMap { WordKind($0.type) }
        argumentSlot = info.parameterSlots.count > 1 ? info.parameterSlots[1] : 0
        argumentIsWord = info.parameters.count > 1 && info.parameters[1].type.isWord
        returnSlot = info.context.returnSlot
        returnKind = WordKind(info.returnType)
        if case .void = info.returnType { returnsVoid = true } else { returnsVoid = false }
        function = Unmanaged.passUnretained(info)
    }

    /// The error of calling a function whose declaration did not compile (or that a failed cell left unavailable).
    func failure(at location: SourceLocation) -> RuntimeError {
        Compiler.declarationErrors(function.takeUnretainedValue(), at: location)
    }

    /// The boxed result in a finished frame, moved out of its slot (nothing reads the slot again: the frame is
    /// reset or dropped after the call), which saves a retain and a release.
    @inline(__always) func result(in callee: Frame) -> Value {
        if returnsVoid { return .void }
        if let returnKind { return returnKind.value(callee.words[returnSlot]) }
        var moved = Value.void
        swap(&moved, &callee.values[returnSlot])
        return moved
    }

    /// Runs the member with `receiver` as its `self` and nothing else (and `extra` in a value slot: a specialized
    /// copy's unwrapped `self`); `read` takes the result from the finished frame. The values are moved into the
    /// frame, whose slots are empty, by swapping (no reference counting).
    @inline(__always)
    func call<T>(on receiver: consuming Value, also extra: consuming (slot: Int, value: Value)? = nil, parent: Frame,
                 runtime: Runtime, location: SourceLocation, read: (Frame) -> T) throws -> T {
        guard data.pointee.hasBody, !data.pointee.hasErrors else { throw failure(at: location) }
        var receiver = receiver, extra = extra
        func run(_ callee: Frame) throws -> T {
            if selfKind != nil { callee.words[selfSlot] = WordCoding.word(receiver) } else { swap(&callee.values[selfSlot], &receiver) }
            if let slot = extra?.slot { swap(&callee.values[slot], &extra!.value) }
            return try runBody(callee, runtime: runtime, location: location, read: read)
        }
        if data.pointee.recyclesFrames { return try FunctionInfo.withRecycledFrame(data, globals: parent) { try run($0) } }
        return try run(Frame(words: data.pointee.wordCount, values: data.pointee.valueCount, parent: parent))
    }

    /// Runs the body in `callee` (its arguments stored) and reads the result from the finished frame.
    @inline(__always)
    private func runBody<T>(_ callee: Frame, runtime: Runtime, location: SourceLocation, read: (Frame) -> T) throws -> T {
        try runtime.enterCall(location)
        defer { runtime.exitCall() }
        if returnKind != nil, data.pointee.wordBody != nil {
            callee.words[returnSlot] = try FunctionInfo.runForWord(data, callee, resultSlot: returnSlot)
        } else {
            _ = try FunctionInfo.run(data, callee)
        }
        return read(callee)
    }

    /// Runs the member with `receiver` lent as its `self`: swapped into the frame for the call and back after it, so
    /// neither is retained (and `extra`, moved, as in `call(on:)`). Only members whose frames are recycled (nothing
    /// can keep the frame, so nothing keeps `self` past the call) and whose `self` is a value slot are lent to;
    /// others get a copy. The caller guarantees that nothing reads `receiver` during the call.
    @inline(__always)
    func call<T>(lending receiver: inout Value, also extra: consuming (slot: Int, value: Value)? = nil, parent: Frame,
                 runtime: Runtime, location: SourceLocation, read: (Frame) -> T) throws -> T {
        guard data.pointee.recyclesFrames, selfKind == nil else {
            return try call(on: receiver, also: extra, parent: parent, runtime: runtime, location: location, read: read)
        }
        guard data.pointee.hasBody, !data.pointee.hasErrors else { throw failure(at: location) }
        var extra = extra
        return try FunctionInfo.withRecycledFrame(data, globals: parent) { callee in
            swap(&callee.values[selfSlot], &receiver)
            defer { swap(&callee.values[selfSlot], &receiver) }
            if let slot = extra?.slot { swap(&callee.values[slot], &extra!.value) }
            return try runBody(callee, runtime: runtime, location: location, read: read)
        }
    }

    /// Runs a `mutating` member on `receiver` in place, with at most one argument (moved into its empty slot).
    @inline(__always)
    func callMutating(_ receiver: inout Value, argument: consuming Value?, parent: Frame, runtime: Runtime,
                      location: SourceLocation) throws -> Value {
        guard data.pointee.hasBody, !data.pointee.hasErrors else { throw failure(at: location) }
        var argument = argument
        // `argument` is passed `inout`, not captured: a nested function's captured `var` is checked for exclusive
        // access at run time (swift_beginAccess, twice per call).
        func run(_ callee: Frame, _ receiver: inout Value, _ argument: inout Value?) throws -> Value {
            if argument != nil {
                if argumentIsWord {
                    callee.words[argumentSlot] = WordCoding.word(argument.unsafelyUnwrapped)
                } else {
                    swap(&callee.values[argumentSlot], &argument!)
                }
            }
            return try runMutating(callee, &receiver, runtime: runtime, location: location)
        }
        if data.pointee.recyclesFrames {
            return try FunctionInfo.withRecycledFrame(data, globals: parent) { try run($0, &receiver, &argument) }
        }
        return try run(Frame(words: data.pointee.wordCount, values: data.pointee.valueCount, parent: parent), &receiver,
                       &argument)
    }

    /// Runs a `mutating` member on `receiver` in place, with one argument of a word type (`argumentIsWord`), given
    /// as its word: nothing is boxed.
    @inline(__always)
    func callMutating(_ receiver: inout Value, word: Int, parent: Frame, runtime: Runtime,
                      location: SourceLocation) throws -> Value {
        guard data.pointee.hasBody, !data.pointee.hasErrors else { throw failure(at: location) }
        func run(_ callee: Frame, _ receiver: inout Value) throws -> Value {
            callee.words[argumentSlot] = word
            return try runMutating(callee, &receiver, runtime: runtime, location: location)
        }
        if data.pointee.recyclesFrames {
            return try FunctionInfo.withRecycledFrame(data, globals: parent) { try run($0, &receiver) }
        }
        return try run(Frame(words: data.pointee.wordCount, values: data.pointee.valueCount, parent: parent), &receiver)
    }

    /// Runs the body of a `mutating` member in `callee` (its arguments stored) with `receiver` moved in as `self` and
    /// moved back after it (also when it throws); returns the boxed result.
    @inline(__always)
    private func runMutating(_ callee: Frame, _ receiver: inout Value, runtime: Runtime,
                             location: SourceLocation) throws -> Value {
        // `self` of a method in `extension Int` lives in the word bank.
        if selfKind != nil { callee.words[selfSlot] = WordCoding.word(receiver) } else { swap(&callee.values[selfSlot], &receiver) }
        defer {
            if let selfKind { receiver = selfKind.value(callee.words[selfSlot]) } else { swap(&callee.values[selfSlot], &receiver) }
        }
        try runtime.enterCall(location)
        defer { runtime.exitCall() }
        // `return items.popLast()`, `items.append(item)`: the body's code run directly (see `setDirectBodies`).
        if let valueBody = data.pointee.valueBody { return try valueBody._withUnsafeGuaranteedRef { try $0.run(callee) } }
        if let simpleBody = data.pointee.simpleBody {
            try simpleBody._withUnsafeGuaranteedRef { try $0.run(callee) }
            return .void
        }
        _ = try FunctionInfo.run(data, callee)
        return result(in: callee)
    }
}

extension Compiler {
    /// Compiles a function's, method's or getter's statements into `info`'s body, in a scope of their own: one
    /// returning Int, Double or Bool of the shape `compileWordBody` accepts also gets a word body (called without a
    /// statement sequence).
    func compileBodyStatements(_ statements: [Stmt], into info: FunctionInfo) {
        if let wordBody = withScope(nil, { compileWordBody(statements, returnType: info.returnType) }) {
            let slot = info.context.returnSlot
            info.wordBody = wordBody
            info.body = { frame in
                frame.words[slot] = try wordBody(frame)
                return .returned
            }
            return
        }
        returnedValue = nil
        let box = withScope { sequenceStatements(compileStatements(statements)) }
        let body = box.run
        info.body = body
        // The shortcuts for mutating calls: one `return value` not of a word type, or simple `Void` statements.
        var value: ((Frame) throws -> Value)?
        if statements.count == 1, case .returnStatement(let returned?, _) = statements[0], let code = returnedValue,
           code.expr === returned {
            value = code.value
        }
        info.setDirectBodies(value: value, simple: info.returnType == .void ? box.simple : nil)
        returnedValue = nil
    }
}
