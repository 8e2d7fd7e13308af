import Diagnostics

/// Direct calls of declared functions: the arguments go straight into the new frame's slots (`inout` ones copied in
/// and back), and the call reuses the callee's frame per recursion depth when it can.
extension Compiler {
    /// Compiles a direct call of a declared function: arguments go straight into the new frame's slots.
    func compileDirectCall(_ info: FunctionInfo, _ matched: [Int?], _ arguments: [Argument],
                           at location: SourceLocation) -> Typed {
        defer { noteCall(info) }
        let stores = ArgumentStores()
        if let check = inoutAliasingCheck(arguments, at: location) {
            stores.add { caller, _ in try check(caller) }
        }
        let plainMatched = storeInoutArguments(info, matched, arguments, into: stores, at: location)
        let arguments = resultBuilderArguments(info.parameters, plainMatched,
                                               autoclosureArguments(info.parameters, plainMatched, arguments))
        let compiled = compileArguments(info.parameters.map(\.type), plainMatched, arguments)
        let parentAccess = frameAccessor(level: info.level)
        storePlainArguments(info, compiled, into: stores)
        // The globals lent are marked when every argument is stored, until the call returns (`lending`).
        if !stores.lentStates.isEmpty { stores.add { [lentStates = stores.lentStates] _, _ in for state in lentStates { state.depth += 1 } } }
        let failure = { Compiler.declarationErrors(info, at: location) }
        if info.runtime.pointee.recyclesFrames && stores.writeBacks.isEmpty {
            // One Int/Double/Bool argument (`fib(n - 1)`): stored by the call itself, without a storer closure.
            var singleWord: (slot: Int, argument: Typed)?
            if info.parameters.count == 1, let typed = compiled[0], !info.parameters[0].isInout,
               info.parameters[0].type.isWord {
                singleWord = (info.parameterSlots[0], typed)
            }
            return recycledFrameCall(info, storeArguments: stores.all, singleWord: singleWord, failure: failure, at: location)
        }
        return newFrameCall(info, stores, parentAccess: parentAccess, failure: failure, at: location)
    }

    /// Compiles the `inout` arguments of a direct call: each place is read into the callee's slot before the call
    /// and written back after it. Returns the matching of the other arguments (`inout` parameters set to nil).
    private func storeInoutArguments(_ info: FunctionInfo, _ matched: [Int?], _ arguments: [Argument],
                                     into stores: ArgumentStores, at location: SourceLocation) -> [Int?] {
        var plainMatched = matched
        for (index, parameter) in info.parameters.enumerated() where parameter.isInout {
            plainMatched[index] = nil
            guard let argumentIndex = matched[index] else { continue }
            let argument = arguments[argumentIndex].value
            guard case .inoutArgument(let target) = argument.kind else {
                cannotGenerate(at: argument.location)  // no place without `&`
                continue
            }
            guard let place = compileInoutPlace(target, at: argument.location) else { continue }
            if let (check, state) = lentGlobalCheck(info, target, at: location) {
                stores.add { _, _ in try check() }
                stores.lentStates.append(state)
            }
            let slot = info.parameterSlots[index]
            let isWord = parameter.type.isWord
            let type = parameter.type
            let modify = place.modify
            if let read = place.read, let write = place.write {
                addAccessorInout(read: read, write: write, slot: slot, type: type, storer: stores.add, writeBacks: &stores.writeBacks)
                continue
            }
            stores.add { caller, callee in
                var current = Value.void
                try modify(caller) { current = $0 }
                if isWord { callee.words[slot] = WordCoding.word(current) } else { callee.values[slot] = current }
            }
            stores.writeBacks.append(StoreBackBox { caller, callee in
                let final = isWord ? WordCoding.value(callee.word(slot), type) : callee.value(slot)
                try modify(caller) { $0 = final }
            })
        }
        return plainMatched
    }

    /// Stores the other arguments of a direct call (or their parameters' defaults) into the callee's slots.
    private func storePlainArguments(_ info: FunctionInfo, _ compiled: [Typed?], into stores: ArgumentStores) {
        for (index, parameter) in info.parameters.enumerated() where !parameter.isInout {
            let isWord = parameter.type.isWord
            let slot = info.parameterSlots[index]
            if let typed = compiled[index] {
                if isWord {
                    let word = typed.word
                    stores.add { caller, callee in callee.words[slot] = try word(caller) }
                } else {
                    let boxed = typed.value
                    stores.add { caller, callee in callee.values[slot] = try boxed(caller) }
                }
            } else if let typed = parameter.defaultValue {
                if isWord {
                    let word = typed.word
                    // Defaults are evaluated in the declaring scope: the new frame's parent.
                    stores.add { _, callee in callee.words[slot] = try word(callee.ancestor(1)) }
                } else {
                    let boxed = typed.value
                    stores.add { _, callee in callee.values[slot] = try boxed(callee.ancestor(1)) }
                }
            }
        }
    }

    /// The fast path: the callee's frame is reused per recursion depth (no allocation, no reference counting).
    private func recycledFrameCall(_ info: FunctionInfo, storeArguments: @escaping (Frame, Frame) throws -> Void,
                                   singleWord: (slot: Int, argument: Typed)?,
                                   failure: @escaping () -> RuntimeError, at location: SourceLocation) -> Typed {
        let runtime = self.runtime, globals = self.globals
        let data = info.runtime
        let slot = info.context.returnSlot
        let returnType = info.returnType
        if returnType.isWord, let (parameterSlot, argument) = singleWord {
            let call = RecycledWordCall(data: data, runtime: runtime, globals: globals, parameterSlot: parameterSlot,
                                        resultSlot: slot, failure: failure, location: location)
            // `fib(n - 1)`: the argument is computed inside the call's closure.
            if argument.type == .int, case .offset(let local, let constant, let subtracts, let at)? = argument.recipe {
                return Typed.fromWord(returnType, subtracts
                    ? call.code(LocalOffsetInt<IntSubtract>(slot: local, constant: constant, location: at))
                    : call.code(LocalOffsetInt<IntAdd>(slot: local, constant: constant, location: at)))
            }
            return Typed.fromWord(returnType, call.code(ComputedInt(code: argument.word)))
        }
        if returnType.isWord {
            return Typed.fromWord(returnType) { frame in
                guard data.pointee.hasBody, !data.pointee.hasErrors else { throw failure() }
                return try FunctionInfo.withRecycledFrame(data, globals: globals) { callee in
                    try storeArguments(frame, callee)
                    try runtime.enterCall(location)
                    defer { runtime.exitCall() }
                    return try FunctionInfo.runForWord(data, callee, resultSlot: slot)
                }
            }
        }
        return Typed.fromValue(returnType) { frame in
            guard data.pointee.hasBody, !data.pointee.hasErrors else { throw failure() }
            return try FunctionInfo.withRecycledFrame(data, globals: globals) { callee in
                try storeArguments(frame, callee)
                try runtime.enterCall(location)
                defer { runtime.exitCall() }
                _ = try FunctionInfo.run(data, callee)
                return returnType == .void ? .void : callee.values[slot]
            }
        }
    }

    /// A call in a new frame: for functions whose frames are not recycled, and for calls with `inout` arguments,
    /// whose final values are copied back after the call (see `inoutCall`).
    private func newFrameCall(_ info: FunctionInfo, _ stores: ArgumentStores, parentAccess: @escaping (Frame) -> Frame,
                              failure: @escaping () -> RuntimeError, at location: SourceLocation) -> Typed {
        let runtime = self.runtime
        let data = info.runtime
        let storeArguments = stores.all
        let slot = info.context.returnSlot
        let returnType = info.returnType
        let invoke: (Frame) throws -> Frame = { frame in
            guard data.pointee.hasBody, !data.pointee.hasErrors else { throw failure() }
            let callee = Frame(words: data.pointee.wordCount, values: data.pointee.valueCount, parent: parentAccess(frame))
            try storeArguments(frame, callee)
            try runtime.enterCall(location)
            defer { runtime.exitCall() }
            _ = try FunctionInfo.run(data, callee)
            return callee
        }
        if !stores.writeBacks.isEmpty {
            // `inout` arguments: copy in before the call, copy the final values back after it (see `inoutCall`).
            let prepare: (Frame) throws -> Frame = { frame in
                guard data.pointee.hasBody, !data.pointee.hasErrors else { throw failure() }
                let callee = Frame(words: data.pointee.wordCount, values: data.pointee.valueCount, parent: parentAccess(frame))
                try storeArguments(frame, callee)
                return callee
            }
            let run: (Frame) throws -> Void = { callee in
                try runtime.enterCall(location)
                defer { runtime.exitCall() }
                _ = try FunctionInfo.run(data, callee)
            }
            return Typed.fromValue(returnType, Compiler.inoutCall(info, stores.writeBacks, lent: stores.lentStates,
                                                                  prepare: prepare, run: run))
        }
        if returnType == .void {
            return Typed(type: .void, code: .void { frame in
                _ = try invoke(frame)
                return
            })
        }
        if returnType.isWord {
            return Typed.fromWord(returnType) { frame in try invoke(frame).word(slot) }
        }
        return Typed(type: returnType, code: .value { frame in
            try invoke(frame).value(slot)
        })
    }
}
