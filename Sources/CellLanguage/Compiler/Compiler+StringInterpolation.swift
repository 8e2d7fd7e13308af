import Diagnostics

/// String literals with interpolations, and the text a value is interpolated or printed as.
extension Compiler {
    func compileString(_ parts: [StringPart]) -> Typed {
        if parts.count == 1, case .text(let text) = parts[0] {
            return Typed(type: .string, code: .value { _ in .string(text) })
        }
        // Each piece appends to one text buffer (see `TextBuffer`); the pieces are chained closures, joined as they
        // are made (no array: a closure taken out of an array is called through two reabstraction thunks).
        typealias Appender = (Frame, inout TextBuffer) throws -> Void
        var joined: Appender?
        for part in parts {
            let next: Appender
            switch part {
            case .text(let text):
                let bytes = Array(text.utf8)
                next = { _, buffer in bytes.withUnsafeBufferPointer { buffer.append(utf8: $0) } }
            case .interpolation(let expr):
                refusePrintedWrapper(expr)
                let typed = compileExpr(expr, expected: nil)
                if typed.type == .int {
                    let number = typed.int
                    next = { frame, buffer in buffer.append(try number(frame)) }
                } else {
                    let describe = describer(typed, at: expr.location)
                    next = { frame, buffer in buffer.append(try describe(frame)) }
                }
            }
            if let previous = joined {
                joined = { frame, buffer in
                    try previous(frame, &buffer)
                    try next(frame, &buffer)
                }
            } else {
                joined = next
            }
        }
        guard let chain = joined else { return Typed(type: .string, code: .value { _ in .string("") }) }
        let build = chain
        return Typed(type: .string, code: .value { frame in
            try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: TextBuffer.scratchCapacity) { scratch in
                var buffer = TextBuffer(scratch: scratch)
                try build(frame, &buffer)
                return .string(buffer.string())
            }
        })
    }

    /// Code producing `String(describing:)` of an expression, as print and interpolation show it.
    /// Errors (a nesting too deep to print) are reported at `location`.
    func describer(_ typed: Typed, at location: SourceLocation? = nil) -> (Frame) throws -> String {
        if refusesPrinting(typed.type, at: location) { return { _ in "" } }
        switch (typed.type, typed.code) {
        case (.int, .int(let f)): return { String(try f($0)) }
        case (.double, .double(let f)): return { try f($0).description }
        case (.bool, .bool(let f)): return { try f($0) ? "true" : "false" }
        case (.string, .value(let f)), (.character, .value(let f)): return { try f($0).stringValue }
        default:
            let boxed = typed.value
            let type = typed.type
            return { try ValueFormatter.describe(try boxed($0), as: type, at: location) }
        }
    }

    /// Whether `type` is a sequence made one element at a time (`CType.stepped`), which Swift prints by its structure
    /// (`UnfoldSequence<…>(_state: …, _next: (Function), _done: false)`): nbrun refuses printing it (reported by the
    /// checker, `TypeChecker.refusePrinting`) and builds nothing for it.
    private func refusesPrinting(_ type: CType, at location: SourceLocation?) -> Bool {
        guard case .stepped = type, let location else { return false }
        cannotGenerate(at: location)
        return true
    }

    /// The refusal of printing a value of `stepped` (the generator's and the checker's).
    static func printingRefusal(_ stepped: SteppedType) -> CompileError {
        let generic = stepped.description.firstIndex(of: "<").map { stepped.description[..<$0] + "<…>" }
        return .unsupported(.printingLazyWrapper, String(generic ?? Substring(stepped.description)))
    }

    /// Code producing `String(reflecting:)` of an expression, as `debugPrint` shows it.
    func debugDescriber(_ typed: Typed, at location: SourceLocation? = nil) -> (Frame) throws -> String {
        if refusesPrinting(typed.type, at: location) { return { _ in "" } }
        let boxed = typed.value, type = typed.type
        return { try ValueFormatter.debugDescribe(try boxed($0), as: type, at: location) }
    }
}
