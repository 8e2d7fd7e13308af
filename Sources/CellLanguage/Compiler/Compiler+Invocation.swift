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

    /// The error of calling a function whose declaration did not compile.
    static func declarationErrors(_ info: FunctionInfo, at location: SourceLocation) -> RuntimeError {
        RuntimeError(message: "'\(info.name)' cannot run because its declaration has errors", location: location)
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
}
