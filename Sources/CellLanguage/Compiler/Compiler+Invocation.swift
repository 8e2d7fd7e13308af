import Diagnostics

/// Calls of declared functions and methods that read what they need from the finished frame inside the call, so
/// that a function whose frames nothing can capture runs in a frame reused per recursion depth (no allocation and
/// no reference counting of a new frame per call: methods, getters, witnesses and operator functions).
extension Compiler {
    /// Runs `info` with its parameters stored by `store` and returns what `read` takes from the finished frame.
    @inline(__always)
    static func call<T>(_ info: FunctionInfo, parent: Frame, runtime: Runtime, location: SourceLocation,
                        store: (Frame) throws -> Void, read: (Frame) throws -> T) throws -> T {
        let data = info.runtime
        guard data.pointee.hasBody, !data.pointee.hasErrors else { throw declarationErrors(info, at: location) }
        if data.pointee.recyclesFrames {
            return try FunctionInfo.withRecycledFrame(data, globals: parent) { callee in
                try store(callee)
                try runtime.enterCall(location)
                defer { runtime.exitCall() }
                _ = try FunctionInfo.run(data, callee)
                return try read(callee)
            }
        }
        let callee = Frame(words: data.pointee.wordCount, values: data.pointee.valueCount, parent: parent)
        try store(callee)
        try runtime.enterCall(location)
        defer { runtime.exitCall() }
        _ = try FunctionInfo.run(data, callee)
        return try read(callee)
    }

    /// Runs `info` with boxed `arguments` (its parameters from index 0) and returns its boxed result.
    @inline(__always)
    static func call(_ info: FunctionInfo, parent: Frame, arguments: [Value], runtime: Runtime,
                     location: SourceLocation) throws -> Value {
        try call(info, parent: parent, runtime: runtime, location: location,
                 store: { callee in store(arguments, of: info, into: callee, from: 0) },
                 read: { callee in result(of: info, in: callee) })
    }

    /// Runs a getter (or a method without arguments) on `receiver` and returns its boxed result.
    @inline(__always)
    static func call(_ info: FunctionInfo, on receiver: Value, parent: Frame, runtime: Runtime,
                     location: SourceLocation) throws -> Value {
        try call(info, parent: parent, runtime: runtime, location: location,
                 store: { callee in store(receiver, of: info, into: callee, at: 0) },
                 read: { callee in result(of: info, in: callee) })
    }

    /// The error of calling a function whose declaration did not compile (or whose body uses a global a failed
    /// cell left without a value).
    static func declarationErrors(_ info: FunctionInfo, at location: SourceLocation) -> RuntimeError {
        RuntimeError(message: info.unavailableUse ?? "'\(info.name)' cannot run because its declaration has errors",
                     location: location)
    }

    /// Stores `argument` in parameter `index` of `info` (a word or a value by type); ignored past the last parameter.
    @inline(__always)
    static func store(_ argument: Value, of info: FunctionInfo, into callee: Frame, at index: Int) {
        guard index < info.parameterSlots.count else { return }
        let slot = info.parameterSlots[index]
        if info.parameters[index].type.isWord { callee.words[slot] = WordCoding.word(argument) } else { callee.values[slot] = argument }
    }

    /// Stores `arguments` in the parameters of `info` from index `first` on.
    @inline(__always)
    static func store(_ arguments: [Value], of info: FunctionInfo, into callee: Frame, from first: Int) {
        for (offset, argument) in arguments.enumerated() { store(argument, of: info, into: callee, at: first + offset) }
    }

    /// Stores the values of `codes`, evaluated in `frame` left to right, in the parameters of `info` from `first` on.
    @inline(__always)
    static func store(_ codes: [(Frame) throws -> Value], of info: FunctionInfo, in frame: Frame, into callee: Frame,
                      from first: Int = 0) throws {
        for (offset, code) in codes.enumerated() { store(try code(frame), of: info, into: callee, at: first + offset) }
    }

    /// Whether calls of a method, getter or operator declared with `body` may reuse their frames: nothing in the body
    /// can keep a reference to the frame after the call, and no parameter is `inout`.
    static func mayRecycleFrames(_ info: FunctionInfo, body: [Stmt]) -> Bool {
        info.level == 0 && !info.isInitializer && !info.parameters.contains(where: \.isInout) && !FrameCapture.mayCapture(body)
    }

    // MARK: Running members

    /// Calls a function with boxed arguments in a new frame whose parent is `parent`; returns the frame.
    static func invoke(_ info: FunctionInfo, parent: Frame, arguments: [Value], runtime: Runtime,
                       location: SourceLocation, presetSelf: Value? = nil) throws -> Frame {
        let callee = try calleeFrame(info, parent: parent, arguments: arguments, from: 0, location: location)
        if let presetSelf, let selfSlot = info.context.initializerSelf?.slot { callee.values[selfSlot] = presetSelf }
        try runtime.enterCall(location)
        defer { runtime.exitCall() }
        _ = try FunctionInfo.run(info.runtime, callee)
        return callee
    }

    /// A new frame for a call of `info` with `arguments` in its parameters from index `first` on (words or values
    /// by type); throws when the declaration has errors.
    static func calleeFrame(_ info: FunctionInfo, parent: Frame, arguments: [Value], from first: Int,
                            location: SourceLocation) throws -> Frame {
        let data = info.runtime
        guard data.pointee.hasBody, !data.pointee.hasErrors else { throw declarationErrors(info, at: location) }
        let callee = Frame(words: data.pointee.wordCount, values: data.pointee.valueCount, parent: parent)
        store(arguments, of: info, into: callee, from: first)
        return callee
    }

    /// The boxed return value of a finished call.
    static func result(of info: FunctionInfo, in frame: Frame) -> Value {
        if case .void = info.returnType { return .void }  // a case test, not CType's (slower) derived `==`
        if info.returnType.isWord { return WordCoding.value(frame.word(info.context.returnSlot), info.returnType) }
        return frame.value(info.context.returnSlot)
    }

    /// Code calling a member function with a receiver (`nil` for static members and initializers).
    func compileMemberCall(_ info: FunctionInfo, receiver: ((Frame) throws -> Value)?, _ arguments: [Argument],
                           at location: SourceLocation, dispatch: Bool = false,
                           presetSelf: ((Frame) throws -> Value)? = nil) -> Typed {
        defer { noteCall(info) }
        guard var compiled = memberArguments(info, hasReceiver: receiver != nil, arguments, at: location) else { return .invalid }
        let globals = self.globals
        if let receiver { compiled.codes.insert(receiver, at: 0) }
        if !compiled.writeBacks.isEmpty {
            return compileDispatchedCall(info, compiled.codes, dispatch: dispatch, presetSelf: presetSelf,
                                         writingBack: compiled, at: location).prefixed(by: compiled.check.map { [$0] } ?? [])
        }
        let codes = compiled.codes
        let runtime = self.runtime
        if dispatch || presetSelf != nil {
            return compileDispatchedCall(info, codes, dispatch: dispatch, presetSelf: presetSelf, at: location)
        }
        if let receiver, codes.count == 1 { return leanReceiverCall(info, receiver: receiver, at: location) }
        if info.returnType.isWord {
            let slot = info.context.returnSlot
            return Typed.fromWord(info.returnType) { frame in
                try Compiler.call(info, parent: globals, runtime: runtime, location: location,
                                  store: { try Compiler.store(codes, of: info, in: frame, into: $0) }, read: { $0.word(slot) })
            }
        }
        return Typed.fromValue(info.returnType) { frame in
            try Compiler.call(info, parent: globals, runtime: runtime, location: location,
                              store: { try Compiler.store(codes, of: info, in: frame, into: $0) },
                              read: { Compiler.result(of: info, in: $0) })
        }
    }

    /// A `mutating` method's call with one argument of a word type (`counter.add(3)`), passed as its word.
    private func compileWordArgumentMutatingCall(_ callee: LeanCallee, _ argument: @escaping (Frame) throws -> Int,
                                                 returnType: CType, place: Place, at location: SourceLocation) -> Typed {
        let runtime = self.runtime, globals = self.globals
        if let slot = place.slot {
            return Typed.fromValue(returnType) { frame in
                let word = try argument(frame)
                return try callee.callMutating(&frame.values[slot], word: word, parent: globals, runtime: runtime,
                                               location: location)
            }
        }
        let modify = place.modify
        return Typed.fromValue(returnType) { frame in
            let word = try argument(frame)
            var result = Value.void
            try modify(frame) { receiver in
                result = try callee.callMutating(&receiver, word: word, parent: globals, runtime: runtime, location: location)
            }
            return result
        }
    }

    /// Code calling a `mutating` method: arguments first, then the method runs on the receiver in place.
    func compileMutatingCall(_ info: FunctionInfo, place: Place, _ arguments: [Argument], at location: SourceLocation) -> Typed {
        defer { noteCall(info) }
        guard let compiled = memberArguments(info, hasReceiver: true, arguments, at: location) else { return .invalid }
        if !compiled.writeBacks.isEmpty { return compileMutatingCallWritingBack(info, place: place, compiled, at: location) }
        let codes = compiled.codes
        let runtime = self.runtime, globals = self.globals
        let modify = place.modify
        if codes.count <= 1 {
            // No argument or one (`stack.push(x)`): evaluated before the access begins, without an argument array.
            let callee = LeanCallee(info)  // retains nothing per call (see `LeanCallee`)
            if let single = compiled.single, callee.argumentIsWord, single.type == info.parameters[1].type {
                return compileWordArgumentMutatingCall(callee, single.word, returnType: info.returnType, place: place,
                                                       at: location)
            }
            let code = compiled.single?.value ?? codes.first
            if let slot = place.slot {
                // A local variable (`numbers.push(x)`): its slot is the receiver, without the place's closures.
                return Typed.fromValue(info.returnType) { frame in
                    var argument = try code?(frame)
                    return try callee.callMutating(&frame.values[slot], argument: argument.take(), parent: globals,
                                                   runtime: runtime, location: location)
                }
            }
            return Typed.fromValue(info.returnType) { frame in
                var argument = try code?(frame)
                var result = Value.void
                try modify(frame) { receiver in
                    result = try callee.callMutating(&receiver, argument: argument.take(), parent: globals,
                                                     runtime: runtime, location: location)
                }
                return result
            }
        }
        return Typed.fromValue(info.returnType) { frame in
            var values: [Value] = []
            for code in codes { values.append(try code(frame)) }
            var result = Value.void
            try modify(frame) { receiver in
                result = try Compiler.invokeMutating(info, parent: globals, receiver: &receiver, runtime: runtime,
                                                     location: location) { Compiler.store(values, of: info, into: $0, from: 1) }
            }
            return result
        }
    }
}
